package org.liaison.security;

import java.util.Locale;
import java.util.regex.Pattern;

/** Login names are case-insensitive: kept and compared in lower case. */
final class Usernames {

	private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

	private Usernames() {
	}

	static String normalise(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	static boolean isValid(String normalised) {
		return ALLOWED.matcher(normalised).matches();
	}

}
