package org.liaison.partner;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Everything the partner page shows about an organisation. */
public record PartnerDetails(PartnerSummary summary, PartnerForm form, @Nullable PartnerRef parent,
		List<PartnerRef> subOrganisations, @Nullable String ownerName, Instant createdAt, Instant updatedAt) {

	public long id() {
		return this.summary.id();
	}

	public long version() {
		return this.summary.version();
	}

}
