package org.liaison.partner;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.CountryCode;

/** An organisation as a row of the partners list shows it. */
public record PartnerSummary(long id, long version, String englishName, @Nullable String chineseName,
		List<String> abbreviations, OrganisationType type, @Nullable CountryCode country, @Nullable String city,
		PartnerStatus status, Set<String> tags) {
}
