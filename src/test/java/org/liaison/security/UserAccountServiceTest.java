package org.liaison.security;

import org.junit.jupiter.api.Test;

import org.liaison.shared.BusinessRuleException;
import org.liaison.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class UserAccountServiceTest {

	private static final String GOOD_PASSWORD = "copper kettle autumn 7";

	@Autowired
	private UserAccountService users;

	@Autowired
	private UserDetailsService userDetails;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void createsAnAccountWithAHashedPassword() {
		var created = this.users
			.create(new NewUser("  Svc.Create ", "赵敏 Zhao Min", Role.MANAGER, Language.CHINESE, GOOD_PASSWORD));

		assertThat(created.username()).isEqualTo("svc.create");
		assertThat(created.displayName()).isEqualTo("赵敏 Zhao Min");
		assertThat(created.enabled()).isTrue();
		assertThat(created.language()).isEqualTo(Language.CHINESE);
		var login = this.userDetails.loadUserByUsername("SVC.CREATE");
		assertThat(login.getPassword()).startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);
		assertThat(this.passwordEncoder.matches(GOOD_PASSWORD, login.getPassword())).isTrue();
		assertThat(login.getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_MANAGER");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void refusesATakenUsernameWhateverItsCase() {
		this.users.create(new NewUser("svc.taken", "First", Role.STAFF, null, GOOD_PASSWORD));
		assertThatThrownBy(() -> this.users.create(new NewUser("SVC.Taken", "Second", Role.STAFF, null, GOOD_PASSWORD)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("users.error.username-taken"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void refusesWeakPasswordsAndBadUsernames() {
		assertThatThrownBy(() -> this.users.create(new NewUser("svc.weak", "Weak", Role.STAFF, null, "password1234")))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("password.common"));
		assertThatThrownBy(() -> this.users.create(new NewUser("no spaces", "X", Role.STAFF, null, GOOD_PASSWORD)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("users.error.username-invalid"));
		assertThatThrownBy(() -> this.users.create(new NewUser("svc.noname", " ", Role.STAFF, null, GOOD_PASSWORD)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("users.error.display-name-required"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aDisabledAccountCannotLogInUntilEnabledAgain() {
		var user = this.users.create(new NewUser("svc.disable", "D", Role.STAFF, null, GOOD_PASSWORD));
		var disabled = this.users.setEnabled(user.id(), user.version(), false);
		assertThat(this.userDetails.loadUserByUsername("svc.disable").isEnabled()).isFalse();
		this.users.setEnabled(disabled.id(), disabled.version(), true);
		assertThat(this.userDetails.loadUserByUsername("svc.disable").isEnabled()).isTrue();
	}

	@Test
	@WithMockUser(username = "svc.self", roles = "ADMIN")
	void anAdminCannotDisableItself() {
		var self = this.users.create(new NewUser("svc.self", "Self", Role.ADMIN, null, GOOD_PASSWORD));
		assertThatThrownBy(() -> this.users.setEnabled(self.id(), self.version(), false)).isInstanceOfSatisfying(
				BusinessRuleException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("users.error.disable-self"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aChangeBasedOnAnOutdatedViewIsRefused() {
		var seen = this.users.create(new NewUser("svc.stale", "S", Role.STAFF, null, GOOD_PASSWORD));
		this.users.resetPassword(seen.id(), seen.version(), "another fine passphrase");
		assertThatThrownBy(() -> this.users.setEnabled(seen.id(), seen.version(), false))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.userDetails.loadUserByUsername("svc.stale").isEnabled()).isTrue();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void resetsThePassword() {
		var user = this.users.create(new NewUser("svc.reset", "R", Role.STAFF, null, GOOD_PASSWORD));
		this.users.resetPassword(user.id(), user.version(), "a brand new passphrase");
		var hash = this.userDetails.loadUserByUsername("svc.reset").getPassword();
		assertThat(this.passwordEncoder.matches("a brand new passphrase", hash)).isTrue();
		assertThat(this.passwordEncoder.matches(GOOD_PASSWORD, hash)).isFalse();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void listsAccountsPageByPage() {
		var page = this.users.list(PageRequest.of(0, 2, Sort.by("username")));
		assertThat(page.getContent()).hasSize(2);
		assertThat(page.getTotalElements()).isGreaterThanOrEqualTo(3);
	}

	@Test
	@WithMockUser(username = "manager", roles = { "STAFF", "MANAGER" })
	void onlyAdminsAdministerUsers() {
		assertThatThrownBy(() -> this.users.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.users.create(new NewUser("svc.sneaky", "S", Role.ADMIN, null, GOOD_PASSWORD)))
			.isInstanceOf(AccessDeniedException.class);
	}

}
