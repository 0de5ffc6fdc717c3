package org.liaison.partner;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The keys under which a person is found as a likely duplicate: the name in either order
 * ("Shen Jie", "Jie Shen"), the Chinese name, the email address.
 */
public final class PersonMatchKeys {

	private PersonMatchKeys() {
	}

	public static Set<String> of(PersonForm form) {
		var keys = new LinkedHashSet<String>();
		var latin = Names.normalise(form.latinName());
		if (!latin.isEmpty()) {
			keys.add("n:" + latin.replace(" ", ""));
			var words = Arrays.asList(latin.split(" "));
			java.util.Collections.reverse(words);
			keys.add("n:" + String.join("", words));
		}
		if (form.chineseName() != null && !Names.compact(form.chineseName()).isEmpty()) {
			keys.add("n:" + Names.compact(form.chineseName()));
		}
		if (form.email() != null && !form.email().isBlank()) {
			keys.add("e:" + form.email().strip().toLowerCase(Locale.ROOT));
		}
		return keys;
	}

}
