package org.liaison.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

	@Test
	void anyChineseLocaleIsSimplifiedChinese() {
		assertThat(Language.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.CHINESE);
		assertThat(Language.of(Locale.forLanguageTag("zh"))).isEqualTo(Language.CHINESE);
		assertThat(Language.of(Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo(Language.CHINESE);
	}

	@Test
	void everythingElseIsEnglish() {
		assertThat(Language.of(Locale.GERMANY)).isEqualTo(Language.ENGLISH);
		assertThat(Language.of(Locale.US)).isEqualTo(Language.ENGLISH);
	}

	@Test
	void tagsRoundTrip() {
		for (var language : Language.values()) {
			assertThat(Language.fromTag(language.tag())).contains(language);
		}
		assertThat(Language.fromTag("xx")).isEmpty();
	}

}
