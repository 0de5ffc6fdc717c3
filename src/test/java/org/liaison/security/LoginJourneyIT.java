package org.liaison.security;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.liaison.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo role logs in, sees the navigation it may see, is refused what it may not, and
 * logs out.
 */
class LoginJourneyIT extends BrowserTest {

	@Test
	void anyPageAsksForLoginFirst() {
		open("users");
		assertThat(this.page.locator("vaadin-login-form")).isVisible();
		assertThat(this.page).hasTitle("Log in · Liaison");
		screenshot("login-en");
	}

	@Test
	void staffSeesTheirNavigationAndIsRefusedUsers() {
		logIn("staff", "liaison-staff");
		assertThat(this.page.getByText("Welcome, Demo Staff")).isVisible();
		assertThat(navigationEntries()).containsExactly("Home", "Partners", "People");
		screenshot("home-staff-en");

		open("users");
		assertThat(this.page.getByText("Page not found")).isVisible();
		assertThat(this.page.locator("vaadin-grid")).hasCount(0);
		screenshot("refused-staff-en");

		logOut();
		open("");
		assertThat(this.page.locator("vaadin-login-form")).isVisible();
	}

	@Test
	void managerSeesNoUserAdministration() {
		logIn("manager", "liaison-manager");
		assertThat(this.page.getByText("You are logged in as Manager.", new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		assertThat(navigationEntries()).containsExactly("Home", "Partners", "People");
		open("users");
		assertThat(this.page.getByText("Page not found")).isVisible();
		logOut();
	}

	@Test
	void adminSeesAndOpensUsers() {
		logIn("admin", "liaison-admin");
		assertThat(navigationEntries()).containsExactly("Home", "Partners", "People", "Users");
		this.page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users")).click();
		assertThat(this.page).hasURL(url("users"));
		var grid = this.page.locator("vaadin-grid");
		assertThat(grid.getByText("manager", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)))
			.isVisible();
		assertThat(grid.getByText("Demo Staff")).isVisible();
		screenshot("users-admin-en");
		logOut();
	}

	@Test
	void aWrongPasswordOrUnknownUserShowsTheSameMessage() {
		open("login");
		submitLogin("admin", "not-the-password");
		assertThat(this.page.getByText("Incorrect username or password")).isVisible();
		assertThat(this.page).hasURL(url("login?error"));
		screenshot("login-error-en");

		open("login");
		submitLogin("nobody-here", "not-the-password");
		assertThat(this.page.getByText("Incorrect username or password")).isVisible();
	}

}
