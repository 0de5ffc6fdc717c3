package org.liaison.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.liaison.security.domain.UserAccount;
import org.liaison.security.domain.UserAccountRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three demo logins printed in the README, created in demo mode into a database that
 * has no accounts yet; never in the prod profile.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty("liaison.demo.enabled")
@Order(0)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	DemoAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		create("admin", "Demo Administrator", Role.ADMIN, "liaison-admin");
		create("manager", "Demo Manager", Role.MANAGER, "liaison-manager");
		create("staff", "Demo Staff", Role.STAFF, "liaison-staff");
		log.info("Demo mode: created the logins admin, manager and staff (passwords in the README)");
	}

	private void create(String username, String displayName, Role role, String password) {
		this.accounts.save(new UserAccount(username, displayName, role, this.passwordEncoder.encode(password),
				this.clock.instant()));
	}

}
