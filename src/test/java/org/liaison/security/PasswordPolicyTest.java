package org.liaison.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@Test
	void acceptsALongPassphrase() {
		assertThat(PasswordPolicy.violation("quiet harbour lantern 42", "wang.li")).isEmpty();
	}

	@Test
	void acceptsAChinesePassphrase() {
		assertThat(PasswordPolicy.violation("科学院国际合作处二零二六年", "wang.li")).isEmpty();
	}

	@Test
	void refusesFewerThanTwelveCharacters() {
		assertThat(PasswordPolicy.violation("Short-pass1", "wang.li")).contains("password.too-short");
	}

	@Test
	void countsCharactersNotBytes() {
		// eleven Chinese characters are 33 bytes but still too short
		assertThat(PasswordPolicy.violation("国际合作处的十一个汉字", "wang.li")).contains("password.too-short");
	}

	@Test
	void refusesMoreThanBcryptReads() {
		assertThat(PasswordPolicy.violation("国".repeat(25), "wang.li")).contains("password.too-long");
		assertThat(PasswordPolicy.violation("a1b2c3d4".repeat(10), "wang.li")).contains("password.too-long");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "Password1234", "Welcome2024!!", "qwertyuiop12", "123456789012",
			"liaison-admin", "LIAISON-STAFF", "iloveyou12345", "woaini1314520" })
	void refusesCommonPasswords(String password) {
		assertThat(PasswordPolicy.violation(password, "someone")).contains("password.common");
	}

	@Test
	void refusesThePasswordThatContainsTheUsername() {
		assertThat(PasswordPolicy.violation("my name is Wang.Li ok", "wang.li")).contains("password.contains-username");
	}

	@Test
	void refusesRepeatedCharacters() {
		assertThat(PasswordPolicy.violation("aaaaaaaaaaaaaaa", "wang.li")).contains("password.too-simple");
		assertThat(PasswordPolicy.violation("abababababab", "wang.li")).contains("password.too-simple");
	}

}
