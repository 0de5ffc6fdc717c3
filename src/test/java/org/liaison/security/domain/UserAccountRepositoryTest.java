package org.liaison.security.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.liaison.security.Role;
import org.liaison.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs on the database of the test run: H2 by default, PostgreSQL with the postgres
 * profile.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class UserAccountRepositoryTest {

	private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

	@Autowired
	private UserAccountRepository accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void storesAndFindsAnAccountWithItsLanguage() {
		var account = new UserAccount("repo.wang", "王力 Wang Li", Role.MANAGER, "{bcrypt}hash", NOW);
		account.preferLanguage(Language.CHINESE);
		this.accounts.saveAndFlush(account);

		var found = this.accounts.findByUsername("repo.wang").orElseThrow();
		assertThat(found.getDisplayName()).isEqualTo("王力 Wang Li");
		assertThat(found.getRole()).isEqualTo(Role.MANAGER);
		assertThat(found.preferredLanguage()).isEqualTo(Language.CHINESE);
		assertThat(found.isEnabled()).isTrue();
		assertThat(found.getCreatedAt()).isEqualTo(NOW);
		assertThat(this.accounts.existsByUsername("repo.wang")).isTrue();
		assertThat(this.accounts.existsByUsername("repo.nobody")).isFalse();
	}

	@Test
	void refusesASecondAccountWithTheSameUsername() {
		this.accounts.saveAndFlush(new UserAccount("repo.twice", "First", Role.STAFF, "{bcrypt}a", NOW));
		assertThatThrownBy(
				() -> this.accounts.saveAndFlush(new UserAccount("repo.twice", "Second", Role.STAFF, "{bcrypt}b", NOW)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void refusesAnUnknownRoleInTheDatabase() {
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into user_account (username, display_name, password_hash, role, created_at, password_changed_at) "
						+ "values ('repo.role', 'X', 'h', 'GUEST', current_timestamp, current_timestamp)"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void countsEachChangeInTheVersion() {
		var account = this.accounts.saveAndFlush(new UserAccount("repo.ver", "V", Role.STAFF, "{bcrypt}a", NOW));
		var first = account.getVersion();
		account.disable();
		account = this.accounts.saveAndFlush(account);
		assertThat(account.getVersion()).isEqualTo(first + 1);
		assertThat(this.accounts.findByUsername("repo.ver").orElseThrow().isEnabled()).isFalse();
	}

}
