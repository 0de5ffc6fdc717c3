@NullMarked
package org.liaison.security.domain;

import org.jspecify.annotations.NullMarked;
