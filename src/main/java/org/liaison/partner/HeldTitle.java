package org.liaison.partner;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A title at an organisation, e.g. "Vice President" at "Beijing Academy of Science and
 * Technology".
 */
public record HeldTitle(String title, long organisationId, String organisationName, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, boolean current) {

	/** "Vice President, Beijing Academy of Science and Technology". */
	public String describe() {
		return this.title + ", " + this.organisationName;
	}

}
