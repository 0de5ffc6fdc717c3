package org.liaison.partner;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.liaison.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Staff find a partner by its Chinese name, open it, and are warned before entering it a
 * second time.
 */
class PartnerJourneyIT extends BrowserTest {

	@Test
	void findOpenAndBeWarnedOfADuplicate() {
		logIn("staff", "liaison-staff");
		this.page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Partners")).click();
		assertThat(this.page.getByText("Pakistan Science Foundation")).isVisible();
		screenshot("partners-en");

		this.page.locator("#partner-search input").fill("北京市科学技术协会");
		var bast = this.page.locator("vaadin-grid .liaison-primary-name:visible",
				new Page.LocatorOptions().setHasText("Beijing Association for Science and Technology"));
		assertThat(bast).hasCount(1);
		assertThat(this.page.locator("vaadin-grid").getByText("Pakistan Science Foundation")).isHidden();
		bast.click();
		assertThat(this.page.locator("h1")).hasText("Beijing Association for Science and Technology");
		assertThat(this.page.getByText("Municipal Association for Science and Technology")).isVisible();
		screenshot("partner-bast-en");

		open("partners");
		this.page.locator("#new-partner").click();
		this.page.locator("#english-name input").fill("The Beijing Association for Science & Technology");
		this.page.locator("#save-partner").click();
		assertThat(this.page.getByText("This may already be in Liaison")).isVisible();
		screenshot("partner-duplicate-warning-en");
	}

	@Test
	void aManagerSavesAnywayThenDismissesTheSuggestionForGood() {
		logIn("manager", "liaison-manager");
		open("partners");
		this.page.locator("#new-partner").click();
		this.page.locator("#english-name input").fill("Fictional Youth Branch of the Science Association");
		this.page.locator("#abbreviations input").fill("BAST");
		this.page.locator("#save-partner").click();
		assertThat(this.page.getByText("This may already be in Liaison")).isVisible();
		this.page.locator("#save-anyway").click();
		assertThat(this.page.getByText("Fictional Youth Branch of the Science Association saved")).isVisible();

		assertThat(this.page.locator("h1")).hasText("Fictional Youth Branch of the Science Association");
		var warning = this.page.locator("#possible-duplicates");
		assertThat(warning).containsText("Beijing Association for Science and Technology");
		screenshot("partner-possible-duplicate-en");
		var dismiss = warning.getByText("Not the same");
		assertThat(dismiss).hasCount(2);
		dismiss.first().click();
		assertThat(dismiss).hasCount(1);
		dismiss.first().click();
		assertThat(this.page.locator("#possible-duplicates")).hasCount(0);
		this.page.reload();
		assertThat(this.page.locator("h1")).hasText("Fictional Youth Branch of the Science Association");
		assertThat(this.page.locator("#possible-duplicates")).hasCount(0);
	}

}
