package org.liaison.security;

import java.time.Clock;

import org.liaison.security.domain.UserAccount;
import org.liaison.security.domain.UserAccountRepository;
import org.liaison.shared.BusinessRuleException;
import org.liaison.shared.CurrentUsername;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration of user accounts: list, create, reset a password, disable and
 * enable. Admins only.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UserAccountService {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<UserSummary> list(Pageable pageable) {
		return this.accounts.findAll(pageable).map(UserAccountService::summary);
	}

	public UserSummary create(NewUser user) {
		var username = Usernames.normalise(user.username());
		if (!Usernames.isValid(username)) {
			throw new BusinessRuleException("users.error.username-invalid");
		}
		if (user.displayName().isBlank() || user.displayName().strip().length() > 100) {
			throw new BusinessRuleException("users.error.display-name-required");
		}
		requireAcceptable(user.password(), username);
		if (this.accounts.existsByUsername(username)) {
			throw new BusinessRuleException("users.error.username-taken", username);
		}
		var account = new UserAccount(username, user.displayName().strip(), user.role(),
				this.passwordEncoder.encode(user.password()), this.clock.instant());
		account.preferLanguage(user.language());
		return summary(this.accounts.saveAndFlush(account));
	}

	public UserSummary resetPassword(long id, long expectedVersion, String newPassword) {
		var account = load(id, expectedVersion);
		requireAcceptable(newPassword, account.getUsername());
		account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		this.events.publishEvent(new UserPasswordReset(account.getUsername()));
		return summary(this.accounts.saveAndFlush(account));
	}

	public UserSummary setEnabled(long id, long expectedVersion, boolean enabled) {
		var account = load(id, expectedVersion);
		if (!enabled && account.getUsername().equals(CurrentUsername.get())) {
			throw new BusinessRuleException("users.error.disable-self");
		}
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
			this.events.publishEvent(new UserAccountDisabled(account.getUsername()));
		}
		return summary(this.accounts.saveAndFlush(account));
	}

	private void requireAcceptable(String password, String username) {
		PasswordPolicy.violation(password, username).ifPresent((key) -> {
			throw new BusinessRuleException(key);
		});
	}

	/**
	 * The account as the caller saw it; if someone changed it since, the caller must look
	 * again.
	 */
	private UserAccount load(long id, long expectedVersion) {
		var account = this.accounts.findById(id).orElseThrow(() -> new BusinessRuleException("users.error.not-found"));
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		return account;
	}

	static UserSummary summary(UserAccount account) {
		return new UserSummary(account.getId(), account.getVersion(), account.getUsername(), account.getDisplayName(),
				account.getRole(), account.isEnabled(), account.preferredLanguage(), account.getCreatedAt());
	}

}
