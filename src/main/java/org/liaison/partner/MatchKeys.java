package org.liaison.partner;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keys under which a record is found as a likely duplicate. A name gives
 * {@code n:<compact name>}; a Latin name of several words also gives {@code a:<acronym>}.
 * A name matches a name or an acronym, an acronym only a name: two long names with the
 * same acronym are different organisations.
 */
public final class MatchKeys {

	private MatchKeys() {
	}

	/** The keys stored for a record with these names. */
	public static Set<String> of(Collection<String> names) {
		var keys = new LinkedHashSet<String>();
		for (var name : names) {
			var compact = Names.compact(name);
			if (!compact.isEmpty()) {
				keys.add("n:" + compact);
			}
			Names.acronym(name).ifPresent((acronym) -> keys.add("a:" + acronym));
		}
		return keys;
	}

	/** The stored keys that would reveal a duplicate of a record with these names. */
	public static Set<String> lookup(Collection<String> names) {
		var keys = new LinkedHashSet<String>();
		for (var key : of(names)) {
			var value = key.substring(2);
			if (key.startsWith("n:")) {
				keys.add(key);
				keys.add("a:" + value);
			}
			else {
				keys.add("n:" + value);
			}
		}
		return keys;
	}

}
