@NullMarked
package org.liaison.shared.ui;

import org.jspecify.annotations.NullMarked;
