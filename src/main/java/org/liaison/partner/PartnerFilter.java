package org.liaison.partner;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.CountryCode;

/** What the partners list is narrowed to; every part is optional. */
public record PartnerFilter(@Nullable String text, @Nullable OrganisationType type, @Nullable CountryCode country,
		@Nullable PartnerStatus status, @Nullable String tag, @Nullable Long ownerUserId) {

	public static PartnerFilter none() {
		return new PartnerFilter(null, null, null, null, null, null);
	}

	public PartnerFilter withText(@Nullable String text) {
		return new PartnerFilter(text, this.type, this.country, this.status, this.tag, this.ownerUserId);
	}

}
