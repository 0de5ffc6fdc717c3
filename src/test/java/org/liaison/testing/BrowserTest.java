package org.liaison.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import org.liaison.security.Role;
import org.liaison.security.domain.UserAccount;
import org.liaison.security.domain.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.fail;

/**
 * End-to-end tests in the system's headless Chromium (Debian's package; nothing is
 * downloaded) against the app on a random port. Without Chromium they are skipped loudly,
 * unless {@code CI} or {@code LIAISON_REQUIRE_BROWSER} is set: then they fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

	/**
	 * Closes each test's browser context; a failed test first leaves a screenshot of what
	 * the browser showed. (JUnit calls watchers after {@code @AfterEach}, so the context
	 * is closed here rather than there.)
	 */
	@RegisterExtension
	final TestWatcher closeBrowserContext = new TestWatcher() {

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (BrowserTest.this.page != null) {
				screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
			}
			closeContext();
		}

		@Override
		public void testSuccessful(ExtensionContext context) {
			closeContext();
		}

		@Override
		public void testAborted(ExtensionContext context, Throwable cause) {
			closeContext();
		}

	};

	protected static final String TEST_PASSWORD = "amber meadow signal 3";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--disable-dev-shm-usage");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	private int port;

	@Autowired
	private UserAccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	private final List<BrowserContext> contexts = new ArrayList<>();

	protected Page page;

	@BeforeAll
	static void launchChromium() {
		var executable = chromium();
		if (executable.isEmpty()) {
			var message = "NO CHROMIUM FOUND: end-to-end browser tests cannot run. Install Debian's 'chromium' "
					+ "package or set -Dliaison.chromium=/path/to/chromium.";
			if (browserRequired()) {
				fail(message);
			}
			System.err.println("\n**********\n" + message + " SKIPPING THEM.\n**********\n");
			Assumptions.abort(message);
		}
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(executable.get()))
				.setHeadless(true)
				.setArgs(CHROMIUM_FLAGS));
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		this.page = newBrowserSession();
	}

	/**
	 * A page in a browser session of its own (own cookies), e.g. for a second user at the
	 * same time.
	 */
	protected Page newBrowserSession() {
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("en-GB"));
		context.setDefaultTimeout(20_000);
		this.contexts.add(context);
		return context.newPage();
	}

	/**
	 * An account of the test's own with {@link #TEST_PASSWORD}, so that what a test
	 * changes (e.g. its language) never leaks into other tests.
	 */
	protected String createUser(Role role, String displayName) {
		var username = "test." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new UserAccount(username, displayName, role, this.passwordEncoder.encode(TEST_PASSWORD),
				Instant.now()));
		return username;
	}

	private void closeContext() {
		this.contexts.forEach(BrowserContext::close);
		this.contexts.clear();
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

	/** Opens a page of the app and waits until Vaadin has rendered it and is idle. */
	protected void open(String path) {
		this.page.navigate(url(path));
		waitForVaadin();
	}

	/**
	 * Waits until every Vaadin client on the page has no request under way, as TestBench
	 * does.
	 */
	protected void waitForVaadin() {
		this.page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
				+ " && Object.values(window.Vaadin.Flow.clients).every((client) => !client.isActive())");
	}

	/** Logs in through the login form and waits for the main layout. */
	protected void logIn(String username, String password) {
		logIn(this.page, username, password);
	}

	protected void logIn(Page page, String username, String password) {
		page.navigate(url("login"));
		page.locator("input[name='username']").fill(username);
		page.locator("input[name='password']").fill(password);
		page.locator("input[name='password']").press("Enter");
		page.locator("vaadin-side-nav").waitFor();
	}

	protected void submitLogin(String username, String password) {
		waitForVaadin();
		this.page.locator("input[name='username']").fill(username);
		this.page.locator("input[name='password']").fill(password);
		this.page.locator("input[name='password']").press("Enter");
	}

	protected List<String> navigationEntries() {
		var items = this.page.locator("vaadin-side-nav-item");
		items.first().waitFor();
		return items.allInnerTexts().stream().map(String::strip).toList();
	}

	protected void openUserMenu() {
		this.page.locator(".liaison-user-trigger").click();
	}

	protected void logOut() {
		openUserMenu();
		this.page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Log out"))
			.or(this.page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("退出登录")))
			.click();
		this.page.locator("vaadin-login-form").waitFor();
	}

	/** Saves what the user sees under target/screenshots/ for a human to look at. */
	protected void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		this.page.waitForLoadState();
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	private static Optional<String> chromium() {
		var configured = System.getProperty("liaison.chromium", "");
		return Stream
			.concat(configured.isBlank() ? Stream.empty() : Stream.of(configured),
					Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"))
			.filter((candidate) -> Files.isExecutable(Path.of(candidate)))
			.findFirst();
	}

	private static boolean browserRequired() {
		return isSet(System.getenv("CI")) || isSet(System.getenv("LIAISON_REQUIRE_BROWSER"));
	}

	private static boolean isSet(String value) {
		return value != null && !value.isBlank() && !"false".equalsIgnoreCase(value);
	}

}
