package org.liaison.security;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Language;

/** What an administrator enters to create an account. */
public record NewUser(String username, String displayName, Role role, @Nullable Language language, String password) {
}
