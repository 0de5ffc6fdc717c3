package org.liaison.shared.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both languages are complete: the same keys in each bundle, and every key the code asks
 * for exists.
 */
class TranslationsTest {

	private static final Pattern KEY_IN_CODE = Pattern
		.compile("(?:getTranslation|title\\s*=|translate)\\(?\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

	private final BundleTranslations translations = new BundleTranslations();

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {
		assertThat(keys("i18n/messages_zh_CN.properties")).isEqualTo(keys("i18n/messages.properties"));
	}

	@Test
	void everyKeyTheCodeUsesExists() throws IOException {
		var defined = keys("i18n/messages.properties");
		var used = new TreeSet<String>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (var file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				var matcher = KEY_IN_CODE.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(defined).containsAll(used);
	}

	@Test
	void translatesIntoEachLanguageWithArguments() {
		assertThat(this.translations.getTranslation("users.created.notification", Locale.ENGLISH, "wang.li"))
			.isEqualTo("User wang.li created");
		assertThat(this.translations.getTranslation("users.created.notification", Locale.SIMPLIFIED_CHINESE, "wang.li"))
			.isEqualTo("已创建用户 wang.li");
		assertThat(this.translations.getTranslation("nav.users", Locale.forLanguageTag("zh-TW"))).isEqualTo("用户管理");
	}

	@Test
	void showsAMissingKeyPlainly() {
		assertThat(this.translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
	}

	private static Set<String> keys(String resource) throws IOException {
		var properties = new Properties();
		try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
