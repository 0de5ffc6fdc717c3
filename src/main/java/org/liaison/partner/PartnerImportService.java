package org.liaison.partner;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;

import org.liaison.partner.ImportRowCheck.Problem;
import org.liaison.partner.spreadsheet.SpreadsheetReader;
import org.liaison.shared.CountryCode;
import org.liaison.shared.Language;
import org.liaison.shared.i18n.BundleTranslations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners from a spreadsheet: read, check every row (name, country, type, status,
 * website, duplicates of existing partners and of other rows), then import the rows that
 * passed, all in one transaction, or nothing.
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class PartnerImportService {

	private final PartnerService partners;

	private final BundleTranslations translations;

	PartnerImportService(PartnerService partners, BundleTranslations translations) {
		this.partners = partners;
		this.translations = translations;
	}

	/**
	 * Reads an uploaded CSV or XLSX file; refuses empty, oversize, unreadable or wrongly
	 * encoded files.
	 */
	public ImportTable read(String fileName, byte[] content) {
		return SpreadsheetReader.read(fileName, content);
	}

	@Transactional(readOnly = true)
	public List<ImportRowCheck> check(ImportTable table, ColumnMapping mapping) {
		var checks = new ArrayList<ImportRowCheck>();
		var seen = new HashMap<String, Integer>();
		for (int row = 0; row < table.rows().size(); row++) {
			checks.add(checkRow(table, mapping, row, seen));
		}
		return checks;
	}

	/**
	 * Imports the rows that pass the checks, in one transaction: all of them or, on any
	 * failure, none.
	 */
	@Transactional
	public int importValid(ImportTable table, ColumnMapping mapping) {
		var importable = check(table, mapping).stream().filter(ImportRowCheck::importable).toList();
		importable.forEach((check) -> this.partners.create(check.form()));
		return importable.size();
	}

	/**
	 * The row-by-row report as CSV (UTF-8 with BOM, so that Excel shows Chinese
	 * correctly).
	 */
	public byte[] report(List<ImportRowCheck> checks, Function<Problem, String> describe, List<String> header) {
		var out = new StringWriter();
		out.write('\uFEFF');
		try (var printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
			for (var check : checks) {
				var messages = new ArrayList<String>();
				check.problems().forEach((problem) -> messages.add(describe.apply(problem)));
				check.duplicates()
					.forEach((name) -> messages.add(describe.apply(Problem.of("import.problem.duplicate", name))));
				printer.printRecord(check.rowNumber(), check.name(), check.importable() ? "OK" : "ERROR",
						String.join("; ", messages));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private ImportRowCheck checkRow(ImportTable table, ColumnMapping mapping, int row, Map<String, Integer> seen) {
		var rowNumber = row + 2;
		Function<ImportField, String> value = (
				field) -> mapping.column(field).map((c) -> table.cell(row, c)).orElse("");
		var problems = new ArrayList<Problem>();
		var name = value.apply(ImportField.ENGLISH_NAME);
		if (name.isBlank()) {
			problems.add(Problem.of("import.problem.name-missing"));
		}
		CountryCode country = null;
		if (!value.apply(ImportField.COUNTRY).isBlank()) {
			country = country(value.apply(ImportField.COUNTRY)).orElse(null);
			if (country == null) {
				problems.add(Problem.of("import.problem.country-unknown", value.apply(ImportField.COUNTRY)));
			}
		}
		var type = choice(OrganisationType.values(), OrganisationType::labelKey, value.apply(ImportField.TYPE),
				OrganisationType.OTHER);
		if (type.isEmpty()) {
			problems.add(Problem.of("import.problem.type-unknown", value.apply(ImportField.TYPE)));
		}
		var status = choice(PartnerStatus.values(), PartnerStatus::labelKey, value.apply(ImportField.STATUS),
				PartnerStatus.PROSPECT);
		if (status.isEmpty()) {
			problems.add(Problem.of("import.problem.status-unknown", value.apply(ImportField.STATUS)));
		}
		var website = value.apply(ImportField.WEBSITE);
		if (!website.isBlank() && !website.matches("(?i)https?://\\S+")) {
			problems.add(Problem.of("import.problem.website-invalid", website));
		}
		if (!problems.isEmpty()) {
			return new ImportRowCheck(rowNumber, name, null, problems, List.of());
		}
		var form = new PartnerForm(name, value.apply(ImportField.CHINESE_NAME),
				split(value.apply(ImportField.ABBREVIATIONS)), split(value.apply(ImportField.ALIASES)), List.of(),
				type.get(), country, value.apply(ImportField.CITY), website, null, status.get(), null,
				new LinkedHashSet<>(split(value.apply(ImportField.TAGS))), value.apply(ImportField.NOTES));
		var rule = PartnerService.violation(form);
		if (rule.isPresent()) {
			return new ImportRowCheck(rowNumber, name, null, List.of(Problem.of(rule.get())), List.of());
		}
		var duplicates = new ArrayList<String>(
				this.partners.likelyDuplicates(form, null).stream().map(DuplicateCandidate::name).toList());
		for (var key : MatchKeys.of(form.allNames())) {
			var earlier = seen.putIfAbsent(key, rowNumber);
			if (earlier != null && key.startsWith("n:")) {
				problems.add(Problem.of("import.problem.duplicate-row", String.valueOf(earlier)));
				break;
			}
		}
		return new ImportRowCheck(rowNumber, name, form, problems, duplicates);
	}

	/**
	 * A country by ISO code ("PK") or by its name in English or Chinese ("Pakistan",
	 * "巴基斯坦").
	 */
	private static Optional<CountryCode> country(String text) {
		if (text.strip().length() == 2 && CountryCode.isValid(text)) {
			return Optional.of(new CountryCode(text));
		}
		var wanted = Names.compact(text);
		for (var language : Language.values()) {
			for (var country : CountryCode.all(language.locale())) {
				if (Names.compact(country.displayName(language.locale())).equals(wanted)) {
					return Optional.of(country);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * A choice by its constant name or its label in either language; blank gives the
	 * default.
	 */
	private <E extends Enum<E>> Optional<E> choice(E[] values, Function<E, String> labelKey, String text, E fallback) {
		if (text.isBlank()) {
			return Optional.of(fallback);
		}
		var wanted = Names.compact(text);
		for (var value : values) {
			var names = new HashSet<String>();
			names.add(Names.compact(value.name()));
			for (var language : Language.values()) {
				names.add(Names.compact(this.translations.getTranslation(labelKey.apply(value), language.locale())));
			}
			if (names.contains(wanted)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	private static List<String> split(String text) {
		return java.util.Arrays.stream(text.split("[;；,，]")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
