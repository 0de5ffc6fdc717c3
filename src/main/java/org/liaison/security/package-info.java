/**
 * Who may use Liaison: user accounts, roles, login and the administration of users.
 */
@ApplicationModule(allowedDependencies = "shared :: *")
@NullMarked
package org.liaison.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
