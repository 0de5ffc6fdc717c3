@NullMarked
package org.liaison.partner.domain;

import org.jspecify.annotations.NullMarked;
