package org.liaison.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A country as ISO 3166-1 alpha-2 ("CN", "PK"), shown by its name in the user's language.
 */
public record CountryCode(String code) {

	private static final Set<String> ISO = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	public CountryCode {
		code = code.strip().toUpperCase(Locale.ROOT);
		if (!ISO.contains(code)) {
			throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + code);
		}
	}

	public static boolean isValid(String code) {
		return ISO.contains(code.strip().toUpperCase(Locale.ROOT));
	}

	/** "China" or "中国", "Pakistan" or "巴基斯坦". */
	public String displayName(Locale locale) {
		return new Locale.Builder().setRegion(this.code).build().getDisplayCountry(locale);
	}

	/** Every country, sorted by its name in the given language. */
	public static List<CountryCode> all(Locale locale) {
		return ISO.stream()
			.map(CountryCode::new)
			.sorted(Comparator.comparing((CountryCode country) -> country.displayName(locale)))
			.toList();
	}

}
