package org.liaison.partner.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.liaison.partner.ImportTable;
import org.liaison.shared.BusinessRuleException;

/**
 * Reads the first sheet of an XLSX workbook or a CSV file (comma, semicolon or tab; UTF-8
 * with or without BOM, or GB18030 as Chinese Excel saves it). What is not a readable
 * spreadsheet is refused with a message that says why.
 */
public final class SpreadsheetReader {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private SpreadsheetReader() {
	}

	public static ImportTable read(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new BusinessRuleException("import.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new BusinessRuleException("import.error.too-large");
		}
		var rows = startsWith(content, ZIP) ? workbook(content) : csv(content);
		rows.removeIf((row) -> row.stream().allMatch(String::isBlank));
		if (rows.size() < 2) {
			throw new BusinessRuleException("import.error.no-rows");
		}
		return new ImportTable(fileName, rows.get(0), rows.subList(1, rows.size()));
	}

	private static List<List<String>> workbook(byte[] content) {
		try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			var formatter = new DataFormatter();
			var sheet = workbook.getSheetAt(0);
			var rows = new ArrayList<List<String>>();
			for (Row row : sheet) {
				var cells = new ArrayList<String>();
				for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
					var cell = row.getCell(i);
					cells.add((cell != null) ? formatter.formatCellValue(cell).strip() : "");
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw new BusinessRuleException("import.error.not-a-spreadsheet");
		}
	}

	private static List<List<String>> csv(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				throw new BusinessRuleException("import.error.not-a-spreadsheet");
			}
		}
		var text = decode(content);
		var delimiter = delimiter(text);
		try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
			var rows = new ArrayList<List<String>>();
			parser.forEach((record) -> rows.add(record.stream().map(String::strip).toList()));
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw new BusinessRuleException("import.error.not-a-spreadsheet");
		}
	}

	/** UTF-8 (a BOM is dropped), else GB18030; anything that is neither is refused. */
	static String decode(byte[] content) {
		var bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF;
		var offset = bom ? 3 : 0;
		var utf8 = strictly(StandardCharsets.UTF_8, content, offset);
		if (utf8 != null) {
			return utf8;
		}
		var gb = strictly(Charset.forName("GB18030"), content, 0);
		if (gb != null) {
			return gb;
		}
		throw new BusinessRuleException("import.error.encoding");
	}

	private static String strictly(Charset charset, byte[] content, int offset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static char delimiter(String text) {
		var firstLine = text.lines().findFirst().orElse("");
		var best = ',';
		var bestCount = count(firstLine, ',');
		for (char candidate : new char[] { ';', '\t' }) {
			if (count(firstLine, candidate) > bestCount) {
				best = candidate;
				bestCount = count(firstLine, candidate);
			}
		}
		return best;
	}

	private static long count(String line, char c) {
		return line.chars().filter((ch) -> ch == c).count();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
