package org.liaison.partner;

import java.util.Locale;

/** What kind of organisation a partner is. */
public enum OrganisationType {

	UNIVERSITY, RESEARCH_INSTITUTE, ACADEMY, ASSOCIATION, GOVERNMENT_BODY, EMBASSY, FOUNDATION, ENTERPRISE,
	INTERNATIONAL_ORGANISATION, NETWORK, OTHER;

	public String labelKey() {
		return "organisation.type." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
