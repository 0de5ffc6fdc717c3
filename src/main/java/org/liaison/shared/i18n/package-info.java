@NullMarked
package org.liaison.shared.i18n;

import org.jspecify.annotations.NullMarked;
