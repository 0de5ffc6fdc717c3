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

	@Test
	void aManagerMergesTwoPartnersAndFindsEverythingOnTheSurvivor() {
		logIn("manager", "liaison-manager");
		createPartner("Fictional Twin Observatory", "FTO; 虚构双子天文台");
		assertThat(this.page.locator("h1")).hasText("Fictional Twin Observatory");
		this.page.waitForURL(java.util.regex.Pattern.compile(".*/partners/\\d+$"));
		var mergedUrl = this.page.url();

		createPartner("FTO Observatory Trust", "FTO");
		assertThat(this.page.getByText("This may already be in Liaison")).isVisible();
		this.page.locator("#save-anyway").click();
		assertThat(this.page.locator("h1")).hasText("FTO Observatory Trust");

		var warning = this.page.locator("#possible-duplicates");
		assertThat(warning).containsText("Fictional Twin Observatory");
		warning.getByText("Merge into this one").click();
		assertThat(this.page.getByText("Merge the two partners?")).isVisible();
		this.page.locator("#confirm-merge").click();
		assertThat(this.page.getByText("Fictional Twin Observatory merged into FTO Observatory Trust")).isVisible();
		assertThat(this.page.locator("#possible-duplicates")).hasCount(0);
		assertThat(this.page.locator("#merge-history")).containsText("Fictional Twin Observatory, merged by manager");
		var names = this.page.locator(".liaison-card", new Page.LocatorOptions().setHasText("Other names"));
		assertThat(names).containsText("Fictional Twin Observatory");
		assertThat(names).containsText("虚构双子天文台");
		screenshot("partner-merged-en");

		this.page.navigate(mergedUrl);
		assertThat(this.page.getByText("Page not found")).isVisible();
	}

	private void createPartner(String englishName, String abbreviations) {
		open("partners");
		this.page.locator("#new-partner").click();
		this.page.locator("#english-name input").fill(englishName);
		this.page.locator("#abbreviations input").fill(abbreviations);
		this.page.locator("#save-partner").click();
	}

}
