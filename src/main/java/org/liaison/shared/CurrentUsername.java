package org.liaison.shared;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The login name of whoever is acting now, for recording who did what; empty outside a
 * request.
 */
public final class CurrentUsername {

	private CurrentUsername() {
	}

	public static String get() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "";
	}

}
