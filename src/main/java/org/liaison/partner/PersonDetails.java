package org.liaison.partner;

import java.util.List;

/**
 * Everything the person page shows: the person and every position, current ones first.
 */
public record PersonDetails(PersonSummary summary, PersonForm form, List<HeldTitle> positionHistory) {

	public long id() {
		return this.summary.id();
	}

	public long version() {
		return this.summary.version();
	}

}
