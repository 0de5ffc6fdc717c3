package org.liaison.partner.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.liaison.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetReaderTest {

	@Test
	void readsCsvInUtf8WithBomAndQuotedCommas() {
		var csv = "\uFEFFName,Chinese name,Country\n\"Pakistan Science Foundation, Islamabad\",,PK\n北京工商大学 test,北京工商大学,中国\n";
		var table = SpreadsheetReader.read("p.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(table.headers()).containsExactly("Name", "Chinese name", "Country");
		assertThat(table.rows()).hasSize(2);
		assertThat(table.cell(0, 0)).isEqualTo("Pakistan Science Foundation, Islamabad");
		assertThat(table.cell(1, 1)).isEqualTo("北京工商大学");
	}

	@Test
	void readsSemicolonSeparatedGb18030AsChineseExcelSavesIt() {
		var csv = "名称;国家\n北京市科学技术协会;中国\n";
		var table = SpreadsheetReader.read("p.csv", csv.getBytes(Charset.forName("GB18030")));
		assertThat(table.headers()).containsExactly("名称", "国家");
		assertThat(table.cell(0, 0)).isEqualTo("北京市科学技术协会");
	}

	@Test
	void readsTheFirstSheetOfAWorkbook() throws IOException {
		byte[] xlsx;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Partners");
			var header = sheet.createRow(0);
			header.createCell(0).setCellValue("English name");
			header.createCell(1).setCellValue("Founded");
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue("Pakistan Science Foundation");
			row.createCell(1).setCellValue(1973);
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		var table = SpreadsheetReader.read("p.xlsx", xlsx);
		assertThat(table.headers()).containsExactly("English name", "Founded");
		assertThat(table.cell(0, 0)).isEqualTo("Pakistan Science Foundation");
		assertThat(table.cell(0, 1)).isEqualTo("1973");
	}

	@Test
	void refusesWhatIsNoSpreadsheet() {
		assertRefused(new byte[0], "import.error.empty");
		assertRefused("Name\n".getBytes(StandardCharsets.UTF_8), "import.error.no-rows");
		assertRefused(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 }, "import.error.not-a-spreadsheet");
		assertRefused(new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5 }, "import.error.not-a-spreadsheet");
		assertRefused(new byte[] { 'N', 'a', 'm', 'e', '\n', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF },
				"import.error.encoding");
		assertRefused(new byte[SpreadsheetReader.MAX_BYTES + 1], "import.error.too-large");
	}

	private static void assertRefused(byte[] content, String messageKey) {
		assertThatThrownBy(() -> SpreadsheetReader.read("f", content)).isInstanceOfSatisfying(
				BusinessRuleException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

}
