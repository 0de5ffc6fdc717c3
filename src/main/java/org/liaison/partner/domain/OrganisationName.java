package org.liaison.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.liaison.partner.NameKind;

/** One more name of an organisation: an abbreviation, an alias or a former name. */
@Embeddable
public record OrganisationName(@Enumerated(EnumType.STRING) @Column(name = "kind") NameKind kind,
		@Column(name = "name") String name) {
}
