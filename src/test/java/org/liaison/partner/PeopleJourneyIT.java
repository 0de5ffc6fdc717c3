package org.liaison.partner;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.liaison.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Who holds which title: from the people list to a person's history, and from a partner
 * to its people.
 */
class PeopleJourneyIT extends BrowserTest {

	@Test
	void seeWhoHoldsWhichTitle() {
		logIn("staff", "liaison-staff");
		this.page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("People")).click();
		assertThat(this.page.getByText("Wang Li", new Page.GetByTextOptions().setExact(true))).isVisible();
		screenshot("people-en");

		this.page.getByText("Wang Li", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(this.page.locator("h1")).hasText("Wang Li");
		assertThat(this.page.locator("#position-history"))
			.containsText("Deputy Secretary of the Leading Party Members Group and Vice President");
		assertThat(this.page.locator("#position-history")).containsText("Beijing Academy of Science and Technology");
		screenshot("person-wang-li-en");

		this.page.locator("#position-history").getByText("Beijing Academy of Science and Technology").click();
		assertThat(this.page.locator("h1")).hasText("Beijing Academy of Science and Technology");
		assertThat(this.page.locator("#partner-people")).containsText("Fang Li");
		assertThat(this.page.locator("#partner-people")).containsText("Secretary of the Leading Party Members’ Group");
		screenshot("partner-bjast-en");
	}

}
