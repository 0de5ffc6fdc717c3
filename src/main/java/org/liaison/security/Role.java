package org.liaison.security;

import java.util.List;

/**
 * What a user may do. Each role includes the ones below it: a manager can do what staff
 * can, an admin everything.
 */
public enum Role {

	STAFF, MANAGER, ADMIN;

	/** This role and every role it includes, for granting authorities. */
	public List<Role> withIncludedRoles() {
		return List.of(values()).subList(0, ordinal() + 1);
	}

	/** The i18n key of the role's name. */
	public String labelKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Role names for {@code @RolesAllowed} and {@code @PreAuthorize}. */
	public static final class Names {

		public static final String STAFF = "STAFF";

		public static final String MANAGER = "MANAGER";

		public static final String ADMIN = "ADMIN";

		private Names() {
		}

	}

}
