package org.liaison.partner;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** With the demo partners of the seed bulletins in the database. */
@SpringBootTest
@WithMockUser(username = "staff", roles = "STAFF")
class PartnerImportServiceTest {

	private static final String CSV = """
			Organisation,中文名称,Abbreviation,Country,Type,Status
			Fictional Glacier Institute,虚构冰川研究所,FGI,Norway,research institute,active
			,无名机构,,CN,,
			Fictional Moon Academy,,,Atlantis,academy,
			The Beijing Association for Science & Technology,,,CN,,
			Fictional Desert Foundation,,,巴基斯坦,基金会,潜在
			fictional glacier institute,,,NO,,
			""";

	@Autowired
	private PartnerImportService imports;

	@Autowired
	private PartnerService partners;

	@Test
	void checksEveryRowAndImportsOnlyTheValidOnes() {
		var table = this.imports.read("partners.csv", CSV.getBytes(StandardCharsets.UTF_8));
		var mapping = ColumnMapping.guess(table);
		assertThat(mapping.column(ImportField.ENGLISH_NAME)).contains(0);
		assertThat(mapping.column(ImportField.CHINESE_NAME)).contains(1);
		assertThat(mapping.column(ImportField.COUNTRY)).contains(3);

		var checks = this.imports.check(table, mapping);
		assertThat(checks).extracting(ImportRowCheck::importable)
			.containsExactly(true, false, false, false, true, false);
		assertThat(checks.get(1).problems()).extracting(ImportRowCheck.Problem::messageKey)
			.containsExactly("import.problem.name-missing");
		assertThat(checks.get(2).problems()).extracting(ImportRowCheck.Problem::messageKey)
			.containsExactly("import.problem.country-unknown");
		assertThat(checks.get(3).duplicates()).containsExactly("Beijing Association for Science and Technology");
		assertThat(checks.get(5).problems()).extracting(ImportRowCheck.Problem::messageKey)
			.containsExactly("import.problem.duplicate-row");
		assertThat(checks.get(4).form().country().code()).isEqualTo("PK");
		assertThat(checks.get(4).form().type()).isEqualTo(OrganisationType.FOUNDATION);
		assertThat(checks.get(4).form().status()).isEqualTo(PartnerStatus.PROSPECT);

		assertThat(this.imports.importValid(table, mapping)).isEqualTo(2);
		assertThat(found("虚构冰川")).containsExactly("Fictional Glacier Institute");
		assertThat(found("Fictional Moon Academy")).isEmpty();

		var report = new String(this.imports.report(checks, (problem) -> problem.messageKey(),
				java.util.List.of("row", "name", "verdict", "problems")), StandardCharsets.UTF_8);
		assertThat(report).startsWith("\uFEFFrow,name,verdict,problems")
			.contains("4,Fictional Moon Academy,ERROR,import.problem.country-unknown");
	}

	@Test
	void aRowTheDatabaseWouldRefuseIsReportedAndTheOthersStillImport() {
		var csv = "Name,Tags,City\nFictional Long Tag Institute," + "t".repeat(61) + ",Oslo\n"
				+ "Fictional Short Tag Institute,ok,Oslo\n";
		var table = this.imports.read("tags.csv", csv.getBytes(StandardCharsets.UTF_8));
		var mapping = ColumnMapping.guess(table);
		var checks = this.imports.check(table, mapping);
		assertThat(checks.get(0).problems()).extracting(ImportRowCheck.Problem::messageKey)
			.containsExactly("partner.error.tag-too-long");
		assertThat(this.imports.importValid(table, mapping)).isEqualTo(1);
		assertThat(found("Fictional Short Tag Institute")).hasSize(1);
	}

	private java.util.List<String> found(String text) {
		return this.partners.search(PartnerFilter.none().withText(text), PageRequest.of(0, 10))
			.map(PartnerSummary::englishName)
			.toList();
	}

}
