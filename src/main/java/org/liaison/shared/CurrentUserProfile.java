package org.liaison.shared;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What the layout needs to know of the logged-in user, provided by the module that keeps
 * the accounts.
 */
public interface CurrentUserProfile {

	/** The logged-in user, or empty before login. */
	Optional<UserProfile> current();

	/** Remembers the language the logged-in user chose, for every later session. */
	void changeLanguage(Language language);

	/**
	 * @param username the login name
	 * @param displayName the name shown in the user menu
	 * @param roleKey the i18n key of the user's role
	 * @param language the language the user chose, or null when the user never chose one
	 */
	record UserProfile(String username, String displayName, String roleKey, @Nullable Language language) {
	}

}
