package org.liaison.partner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.liaison.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A spreadsheet with one bad row: the report says which, and only the good rows are
 * imported.
 */
class PartnerImportJourneyIT extends BrowserTest {

	@Test
	void importASpreadsheetWithOneBadRow() throws IOException {
		var file = Files.createDirectories(Path.of("target", "e2e")).resolve("partners-one-bad-row.csv");
		Files.writeString(file, """
				English name,Chinese name,Country,Type
				Fictional Fjord University,虚构峡湾大学,Norway,University
				Fictional Steppe Academy,,Mongolia,Academy
				Fictional Nowhere Institute,,Atlantis,Research institute
				""", StandardCharsets.UTF_8);

		logIn("staff", "liaison-staff");
		open("partners");
		this.page.locator("#import-partners").click();
		assertThat(this.page.locator("h1")).hasText("Import partners");
		var chooser = this.page
			.waitForFileChooser(() -> this.page.locator("#import-upload vaadin-button").first().click());
		chooser.setFiles(file);
		assertThat(this.page.locator("#import-summary")).hasText("3 rows: 2 ready to import, 1 with problems");
		assertThat(this.page.locator("#import-checks")).containsText("Unknown country: Atlantis");
		screenshot("import-checked-en");

		var download = this.page.waitForDownload(() -> this.page.locator("#import-report").click());
		var report = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(report).contains("Fictional Nowhere Institute,ERROR,Unknown country: Atlantis")
			.contains("Fictional Fjord University,OK");

		this.page.locator("#import-valid").click();
		assertThat(this.page.getByText("2 partners imported")).isVisible();
		this.page.locator("#partner-search input").fill("虚构峡湾");
		assertThat(this.page.locator("vaadin-grid .liaison-primary-name:visible",
				new Page.LocatorOptions().setHasText("Fictional Fjord University")))
			.hasCount(1);
		this.page.locator("#partner-search input").fill("Nowhere");
		assertThat(this.page.locator("vaadin-grid .liaison-primary-name:visible")).hasCount(0);
	}

}
