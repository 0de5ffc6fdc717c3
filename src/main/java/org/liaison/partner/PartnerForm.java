package org.liaison.partner;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.CountryCode;

/** Everything a user enters about an organisation, to create it or change it. */
public record PartnerForm(String englishName, @Nullable String chineseName, List<String> abbreviations,
		List<String> aliases, List<String> formerNames, OrganisationType type, @Nullable CountryCode country,
		@Nullable String city, @Nullable String website, @Nullable Long parentId, PartnerStatus status,
		@Nullable Long ownerUserId, Set<String> tags, @Nullable String notes) {

	public PartnerForm {
		abbreviations = List.copyOf(abbreviations);
		aliases = List.copyOf(aliases);
		formerNames = List.copyOf(formerNames);
		tags = Set.copyOf(tags);
	}

	/** A new organisation with only the essentials. */
	public static PartnerForm named(String englishName, OrganisationType type) {
		return new PartnerForm(englishName, null, List.of(), List.of(), List.of(), type, null, null, null, null,
				PartnerStatus.PROSPECT, null, Set.of(), null);
	}

	/** Every name the organisation goes by, official or not, in either script. */
	public List<String> allNames() {
		var names = new java.util.ArrayList<String>();
		names.add(this.englishName);
		if (this.chineseName != null && !this.chineseName.isBlank()) {
			names.add(this.chineseName);
		}
		names.addAll(this.abbreviations);
		names.addAll(this.aliases);
		names.addAll(this.formerNames);
		return names;
	}

}
