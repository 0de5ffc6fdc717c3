@NullMarked
package org.liaison.security.ui;

import org.jspecify.annotations.NullMarked;
