package org.liaison.partner;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How names are compared: case, punctuation, "&" and "and", a leading "The" and
 * full-width characters make no difference, in Latin script or Chinese.
 */
public final class Names {

	/**
	 * Words an acronym skips: "Beijing Association for Science and Technology" is BAST.
	 */
	private static final Set<String> MINOR_WORDS = Set.of("and", "of", "for", "the", "in", "on", "at", "to", "de",
			"des", "du", "la", "le", "et", "und", "fur", "a", "an");

	private Names() {
	}

	/**
	 * "The Beijing Association for Science & Technology" becomes "beijing association for
	 * science and technology".
	 */
	public static String normalise(String name) {
		var text = Normalizer.normalize(name, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("['’‘`´]", "")
			.replace("&", " and ")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		if (text.startsWith("the ")) {
			text = text.substring(4);
		}
		return text;
	}

	/** The normalised name without spaces: "B.A.S.T." and "BAST" are both "bast". */
	public static String compact(String name) {
		return normalise(name).replace(" ", "");
	}

	/**
	 * The acronym of a Latin-script name of at least two significant words:
	 * "China-Pakistan Economic Corridor" gives "cpec"; a single word or a Chinese name
	 * gives none.
	 */
	public static Optional<String> acronym(String name) {
		var words = Arrays.stream(normalise(name).split(" "))
			.filter((word) -> !word.isEmpty() && !MINOR_WORDS.contains(word))
			.filter((word) -> Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN)
			.toList();
		if (words.size() < 2) {
			return Optional.empty();
		}
		return Optional.of(words.stream().map((word) -> word.substring(0, 1)).collect(Collectors.joining()));
	}

}
