package org.liaison.shared;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.liaison.security.Role;
import org.liaison.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** English / 简体中文: before login for the session, after login remembered for the user. */
class LanguageJourneyIT extends BrowserTest {

	@Test
	void theLoginPageSwitchesToChinese() {
		open("login");
		this.page.locator(".liaison-language-switch vaadin-button", new Page.LocatorOptions().setHasText("简体中文"))
			.click();
		assertThat(this.page.getByText("本院的国际合作，集中一处。")).isVisible();
		assertThat(this.page.locator("vaadin-login-form")
			.getByText("用户名", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))).isVisible();
		screenshot("login-zh");
		submitLogin("staff", "wrong password");
		assertThat(this.page.getByText("用户名或密码错误")).isVisible();
	}

	@Test
	void aUsersLanguageIsRememberedForTheNextLogin() {
		var manager = createUser(Role.MANAGER, "Lin Manager");
		logIn(manager, TEST_PASSWORD);
		screenshot("home-manager-en");
		openUserMenu();
		this.page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Language")).hover();
		this.page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("简体中文")).click();
		assertThat(this.page.getByText("欢迎，Lin Manager")).isVisible();
		assertThat(navigationEntries()).containsExactly("首页", "合作伙伴", "人员");
		screenshot("home-manager-zh");
		logOut();

		assertThat(this.page.locator("vaadin-login-form")).isVisible();
		this.page.context().clearCookies();
		logIn(manager, TEST_PASSWORD);
		assertThat(this.page.getByText("欢迎，Lin Manager")).isVisible();

		openUserMenu();
		this.page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("语言")).hover();
		this.page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("English")).click();
		assertThat(this.page.getByText("Welcome, Lin Manager")).isVisible();
	}

	@Test
	void adminSeesTheUsersViewInChinese() {
		logIn(createUser(Role.ADMIN, "Lee Admin"), TEST_PASSWORD);
		openUserMenu();
		this.page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Language")).hover();
		this.page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("简体中文")).click();
		assertThat(this.page.getByText("欢迎，Lee Admin")).isVisible();
		open("users");
		assertThat(this.page.getByText("可以登录 Liaison 的人员及其角色。")).isVisible();
		screenshot("users-admin-zh");
		openUserMenu();
		this.page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("语言")).hover();
		this.page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("English")).click();
		assertThat(this.page.getByText("Who may log in to Liaison, and with which role.")).isVisible();
	}

}
