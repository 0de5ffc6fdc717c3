/**
 * The organisations the academy works with and the people in them: bilingual names,
 * aliases, positions over time, duplicate detection.
 */
@ApplicationModule(allowedDependencies = { "shared :: *", "security" })
@NullMarked
package org.liaison.partner;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
