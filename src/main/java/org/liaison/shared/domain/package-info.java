@NullMarked
package org.liaison.shared.domain;

import org.jspecify.annotations.NullMarked;
