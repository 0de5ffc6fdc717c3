package org.liaison.partner;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The verdict on one row: the partner it would create, or the problems that stop it (as
 * i18n keys with arguments), and the existing partners it probably duplicates.
 */
public record ImportRowCheck(int rowNumber, String name, @Nullable PartnerForm form, List<Problem> problems,
		List<String> duplicates) {

	public boolean importable() {
		return this.form != null && this.problems.isEmpty() && this.duplicates.isEmpty();
	}

	/** A reason a row cannot be imported, as an i18n key and its arguments. */
	public record Problem(String messageKey, List<String> arguments) {

		public static Problem of(String messageKey, String... arguments) {
			return new Problem(messageKey, List.of(arguments));
		}

	}

}
