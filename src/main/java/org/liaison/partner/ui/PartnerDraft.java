package org.liaison.partner.ui;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.OrganisationType;
import org.liaison.partner.PartnerDetails;
import org.liaison.partner.PartnerForm;
import org.liaison.partner.PartnerRef;
import org.liaison.partner.PartnerStatus;
import org.liaison.security.UserRef;
import org.liaison.shared.CountryCode;

/**
 * The partner form's bean: lists are typed as text separated by semicolons ("BJAST;
 * 北京市科研院").
 */
class PartnerDraft {

	String englishName = "";

	String chineseName = "";

	String abbreviations = "";

	String aliases = "";

	String formerNames = "";

	OrganisationType type = OrganisationType.OTHER;

	@Nullable CountryCode country;

	String city = "";

	String website = "";

	@Nullable PartnerRef parent;

	PartnerStatus status = PartnerStatus.PROSPECT;

	@Nullable UserRef owner;

	String tags = "";

	String notes = "";

	static PartnerDraft of(PartnerDetails details, @Nullable UserRef owner) {
		var form = details.form();
		var draft = new PartnerDraft();
		draft.englishName = form.englishName();
		draft.chineseName = (form.chineseName() != null) ? form.chineseName() : "";
		draft.abbreviations = String.join("; ", form.abbreviations());
		draft.aliases = String.join("; ", form.aliases());
		draft.formerNames = String.join("; ", form.formerNames());
		draft.type = form.type();
		draft.country = form.country();
		draft.city = (form.city() != null) ? form.city() : "";
		draft.website = (form.website() != null) ? form.website() : "";
		draft.parent = details.parent();
		draft.status = form.status();
		draft.owner = owner;
		draft.tags = String.join("; ", form.tags());
		draft.notes = (form.notes() != null) ? form.notes() : "";
		return draft;
	}

	PartnerForm toForm() {
		return new PartnerForm(this.englishName, this.chineseName, split(this.abbreviations), split(this.aliases),
				split(this.formerNames), this.type, this.country, this.city, this.website,
				(this.parent != null) ? this.parent.id() : null, this.status,
				(this.owner != null) ? this.owner.id() : null, new LinkedHashSet<>(split(this.tags)), this.notes);
	}

	/** "BJAST; 北京市科研院," gives two names; empty parts are dropped. */
	static List<String> split(String text) {
		return Arrays.stream(text.split("[;；,，\\n]")).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

}
