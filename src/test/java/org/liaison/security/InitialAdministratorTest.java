package org.liaison.security;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.liaison.security.domain.UserAccount;
import org.liaison.security.domain.UserAccountRepository;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class InitialAdministratorTest {

	private final UserAccountRepository accounts = mock(UserAccountRepository.class);

	private InitialAdministrator initial(String username, String password) {
		return new InitialAdministrator(this.accounts, NoOpPasswordEncoder.getInstance(), Clock.systemUTC(), username,
				password);
	}

	@Test
	void createsTheFirstAdministratorOfAnEmptyDatabase() {
		when(this.accounts.count()).thenReturn(0L);
		initial(" Root.Admin ", "granite orchard beacon 8").run(new DefaultApplicationArguments());
		var saved = ArgumentCaptor.forClass(UserAccount.class);
		verify(this.accounts).save(saved.capture());
		assertThat(saved.getValue().getUsername()).isEqualTo("root.admin");
		assertThat(saved.getValue().getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void doesNothingOnceThereAreAccounts() {
		when(this.accounts.count()).thenReturn(2L);
		initial("root.admin", "granite orchard beacon 8").run(new DefaultApplicationArguments());
		verify(this.accounts, never()).save(any());
	}

	@Test
	void doesNothingWhenNotConfigured() {
		when(this.accounts.count()).thenReturn(0L);
		initial("", "").run(new DefaultApplicationArguments());
		verify(this.accounts, never()).save(any());
	}

	@Test
	void refusesAWeakPasswordAtStartup() {
		when(this.accounts.count()).thenReturn(0L);
		assertThatThrownBy(() -> initial("root.admin", "password1234").run(new DefaultApplicationArguments()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("password.common");
		verify(this.accounts, never()).save(any());
	}

}
