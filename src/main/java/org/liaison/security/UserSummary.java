package org.liaison.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Language;

/**
 * A user account as the users list shows it; {@code version} guards against concurrent
 * changes.
 */
public record UserSummary(long id, long version, String username, String displayName, Role role, boolean enabled,
		@Nullable Language language, Instant createdAt) {
}
