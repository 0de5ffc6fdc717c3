/**
 * What every business area uses: the main layout and UI kit, locales, the base entity.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.liaison.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
