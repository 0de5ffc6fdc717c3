package org.liaison.partner.domain;

import java.util.ArrayList;

import jakarta.persistence.criteria.Predicate;

import org.liaison.partner.Names;
import org.liaison.partner.PartnerFilter;
import org.springframework.data.jpa.domain.Specification;

/** The partners list's filter as a query. */
public final class OrganisationSpecifications {

	private OrganisationSpecifications() {
	}

	public static Specification<Organisation> matching(PartnerFilter filter) {
		return (root, query, cb) -> {
			var predicates = new ArrayList<Predicate>();
			if (filter.text() != null && !Names.normalise(filter.text()).isEmpty()) {
				var text = Names.normalise(filter.text()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
				predicates.add(cb.like(root.get("searchText"), "%" + text + "%", '\\'));
			}
			if (filter.type() != null) {
				predicates.add(cb.equal(root.get("type"), filter.type()));
			}
			if (filter.country() != null) {
				predicates.add(cb.equal(root.get("country"), filter.country()));
			}
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.ownerUserId() != null) {
				predicates.add(cb.equal(root.get("ownerUserId"), filter.ownerUserId()));
			}
			if (filter.tag() != null && !filter.tag().isBlank()) {
				predicates.add(cb.isMember(filter.tag().strip(), root.<java.util.Collection<String>>get("tags")));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
