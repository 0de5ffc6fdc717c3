package org.liaison.security;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.liaison.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An admin creates an account, the new user logs in; once disabled, the account cannot
 * log in any more.
 */
class UserAdministrationJourneyIT extends BrowserTest {

	private static final String PASSWORD = "orchid lantern harbour 5";

	@Test
	void createLogInDisableAndBeRefused() {
		logIn("admin", "liaison-admin");
		open("users");
		this.page.locator("#new-user").click();
		this.page.locator("#username input").fill("e2e.chen");
		this.page.locator("#display-name input").fill("陈静 Chen Jing");
		this.page.locator("#password input").fill("password1234");
		this.page.locator("#password-confirmation input").fill("password1234");
		this.page.locator("#save-user").click();
		assertThat(this.page.locator("#password [slot='error-message']")).containsText("This password is too common");
		screenshot("users-new-weak-password-en");

		this.page.locator("#password input").fill(PASSWORD);
		this.page.locator("#password-confirmation input").fill(PASSWORD);
		this.page.locator("#save-user").click();
		assertThat(this.page.getByText("User e2e.chen created")).isVisible();
		assertThat(this.page.locator("vaadin-grid").getByText("陈静 Chen Jing")).isVisible();
		logOut();

		logIn("e2e.chen", PASSWORD);
		assertThat(this.page.getByText("Welcome, 陈静 Chen Jing")).isVisible();
		logOut();

		logIn("admin", "liaison-admin");
		open("users");
		this.page.locator("vaadin-button[data-user='e2e.chen']", new Page.LocatorOptions().setHasText("Disable"))
			.click();
		assertThat(this.page.getByText("Disable e2e.chen?")).isVisible();
		this.page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
		assertThat(this.page.getByText("User e2e.chen disabled")).isVisible();
		screenshot("users-disabled-en");
		logOut();

		open("login");
		submitLogin("e2e.chen", PASSWORD);
		assertThat(this.page.getByText("Incorrect username or password")).isVisible();
		assertThat(this.page.locator("vaadin-side-nav")).hasCount(0);
	}

	@Test
	void disablingAnAccountEndsItsOpenSession() {
		var username = createUser(Role.STAFF, "Session Holder");
		var userPage = newBrowserSession();
		logIn(userPage, username, TEST_PASSWORD);
		assertThat(userPage.getByText("Welcome, Session Holder")).isVisible();

		logIn("admin", "liaison-admin");
		open("users");
		this.page
			.locator("vaadin-button[data-user='" + username + "']", new Page.LocatorOptions().setHasText("Disable"))
			.click();
		this.page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
		assertThat(this.page.getByText("User " + username + " disabled")).isVisible();

		userPage.navigate(url(""));
		assertThat(userPage.locator("vaadin-login-form")).isVisible();
	}

}
