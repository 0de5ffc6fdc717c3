package org.liaison.partner;

import java.util.Locale;

/** Where a relationship stands. */
public enum PartnerStatus {

	PROSPECT, ACTIVE, DORMANT, ENDED;

	public String labelKey() {
		return "partner.status." + name().toLowerCase(Locale.ROOT);
	}

}
