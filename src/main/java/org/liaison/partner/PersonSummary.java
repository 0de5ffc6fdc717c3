package org.liaison.partner;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A person as a row of the people list shows it: names and current titles. */
public record PersonSummary(long id, long version, String latinName, @Nullable String chineseName,
		List<HeldTitle> currentTitles) {
}
