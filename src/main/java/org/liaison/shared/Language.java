package org.liaison.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Liaison speaks. Every label exists in each of them.
 */
public enum Language {

	ENGLISH(Locale.ENGLISH, "English"), CHINESE(Locale.SIMPLIFIED_CHINESE, "简体中文");

	private final Locale locale;

	private final String nativeName;

	Language(Locale locale, String nativeName) {
		this.locale = locale;
		this.nativeName = nativeName;
	}

	public Locale locale() {
		return this.locale;
	}

	/** The language's name in its own script, as a language switch shows it. */
	public String nativeName() {
		return this.nativeName;
	}

	public String tag() {
		return this.locale.toLanguageTag();
	}

	/**
	 * The supported language closest to a locale: any Chinese locale is Chinese, anything
	 * else English.
	 */
	public static Language of(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
	}

	public static Optional<Language> fromTag(String tag) {
		return Arrays.stream(values()).filter((language) -> language.tag().equalsIgnoreCase(tag)).findFirst();
	}

}
