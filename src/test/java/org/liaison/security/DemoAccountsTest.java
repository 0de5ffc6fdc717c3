package org.liaison.security;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.liaison.security.domain.UserAccountRepository;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Demo logins exist only in demo mode: never in the prod profile, never when demo mode is
 * off.
 */
class DemoAccountsTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(UserAccountRepository.class, () -> mock(UserAccountRepository.class))
		.withBean(PasswordEncoder.class, NoOpPasswordEncoder::getInstance)
		.withBean(Clock.class, Clock::systemUTC)
		.withUserConfiguration(DemoAccounts.class);

	@Test
	void inDemoModeTheDemoLoginsAreCreated() {
		this.runner.withPropertyValues("liaison.demo.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(DemoAccounts.class));
	}

	@Test
	void neverInTheProdProfile() {
		this.runner.withPropertyValues("liaison.demo.enabled=true", "spring.profiles.active=prod")
			.run((context) -> assertThat(context).doesNotHaveBean(DemoAccounts.class));
	}

	@Test
	void notWhenDemoModeIsOff() {
		this.runner.withPropertyValues("liaison.demo.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DemoAccounts.class));
	}

	@Test
	void onlyIntoADatabaseWithoutAccounts() {
		var repository = mock(UserAccountRepository.class);
		var demo = new DemoAccounts(repository, NoOpPasswordEncoder.getInstance(), Clock.systemUTC());
		when(repository.count()).thenReturn(1L);
		demo.run(new DefaultApplicationArguments());
		verify(repository, never()).save(any());

		when(repository.count()).thenReturn(0L);
		demo.run(new DefaultApplicationArguments());
		verify(repository, times(3)).save(any());
	}

}
