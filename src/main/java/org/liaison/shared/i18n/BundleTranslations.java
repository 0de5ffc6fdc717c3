package org.liaison.shared.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.liaison.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Every label of the UI, from {@code i18n/messages*.properties}: English and Simplified
 * Chinese. A browser that asks for Chinese gets Chinese before login; after login the
 * user's own choice applies.
 */
@Component
public class BundleTranslations implements I18NProvider {

	public static final String BUNDLE = "i18n.messages";

	private static final Logger log = LoggerFactory.getLogger(BundleTranslations.class);

	@Override
	public List<Locale> getProvidedLocales() {
		return Arrays.stream(Language.values()).map(Language::locale).toList();
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		var bundle = ResourceBundle.getBundle(BUNDLE, Language.of(locale).locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		try {
			var pattern = bundle.getString(key);
			return new MessageFormat(pattern, locale).format(params);
		}
		catch (MissingResourceException ex) {
			log.warn("No translation for '{}' in {}", key, locale);
			return "!" + key + "!";
		}
	}

}
