package org.liaison.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: at least 12 characters, at most 72 bytes (what BCrypt
 * reads), not a well-known password or a common word padded with digits, and not the
 * user's own name.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	private static final Set<String> COMMON = load("common-passwords.txt");

	private PasswordPolicy() {
	}

	/**
	 * The i18n key of the first rule the password breaks, or empty when it is acceptable.
	 */
	public static Optional<String> violation(String password, String username) {
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.too-long");
		}
		var lower = password.toLowerCase(Locale.ROOT);
		if (password.codePoints().distinct().count() < 4) {
			return Optional.of("password.too-simple");
		}
		if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.contains-username");
		}
		if (COMMON.contains(lower) || COMMON.contains(stripPadding(lower))) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	/**
	 * "Password2024!" and "welcome123456" are their common word with digits and symbols
	 * around it.
	 */
	private static String stripPadding(String password) {
		return password.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
	}

	private static Set<String> load(String resource) {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
