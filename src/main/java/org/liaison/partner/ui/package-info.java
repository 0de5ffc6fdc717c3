@NullMarked
package org.liaison.partner.ui;

import org.jspecify.annotations.NullMarked;
