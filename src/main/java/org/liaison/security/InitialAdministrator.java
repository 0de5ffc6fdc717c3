package org.liaison.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.liaison.security.domain.UserAccount;
import org.liaison.security.domain.UserAccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a production installation, from
 * {@code LIAISON_INITIAL_ADMIN_USERNAME} and {@code LIAISON_INITIAL_ADMIN_PASSWORD}:
 * created only while the database has no account at all.
 */
@Component
@Order(1)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final String username;

	private final String password;

	InitialAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			@Value("${liaison.initial-admin.username:}") String username,
			@Value("${liaison.initial-admin.password:}") String password) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.username = Usernames.normalise(username);
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.username.isEmpty() || this.accounts.count() > 0) {
			return;
		}
		if (!Usernames.isValid(this.username)) {
			throw new IllegalStateException("liaison.initial-admin.username is not a valid username");
		}
		PasswordPolicy.violation(this.password, this.username).ifPresent((rule) -> {
			throw new IllegalStateException("liaison.initial-admin.password breaks the password rules: " + rule);
		});
		this.accounts.save(new UserAccount(this.username, this.username, Role.ADMIN,
				this.passwordEncoder.encode(this.password), this.clock.instant()));
		log.info("Created the initial administrator '{}'", this.username);
	}

}
