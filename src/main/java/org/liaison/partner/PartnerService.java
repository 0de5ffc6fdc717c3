package org.liaison.partner;

import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.domain.DismissedDuplicate;
import org.liaison.partner.domain.DismissedDuplicateRepository;
import org.liaison.partner.domain.Organisation;
import org.liaison.partner.domain.OrganisationRepository;
import org.liaison.partner.domain.OrganisationSpecifications;
import org.liaison.security.UserDirectory;
import org.liaison.security.UserRef;
import org.liaison.shared.BusinessRuleException;
import org.liaison.shared.CurrentUsername;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding, creating and changing partner organisations. Staff and above. */
@Service
@Transactional
@PreAuthorize("hasRole('STAFF')")
public class PartnerService {

	private static final String ORGANISATION = "ORGANISATION";

	private final OrganisationRepository organisations;

	private final UserDirectory users;

	private final DismissedDuplicateRepository dismissed;

	private final Clock clock;

	PartnerService(OrganisationRepository organisations, UserDirectory users, DismissedDuplicateRepository dismissed,
			Clock clock) {
		this.organisations = organisations;
		this.users = users;
		this.dismissed = dismissed;
		this.clock = clock;
	}

	/**
	 * One page of the partners list; no total is counted, so that it stays fast on a
	 * large list.
	 */
	@Transactional(readOnly = true)
	public Slice<PartnerSummary> search(PartnerFilter filter, Pageable pageable) {
		return this.organisations.findBy(OrganisationSpecifications.matching(filter), (query) -> query.slice(pageable))
			.map(PartnerService::summary);
	}

	@Transactional(readOnly = true)
	public PartnerDetails get(long id) {
		return details(load(id));
	}

	/**
	 * Existing organisations that are likely the one described, e.g. under an
	 * abbreviation or its Chinese name.
	 */
	@Transactional(readOnly = true)
	public List<DuplicateCandidate> likelyDuplicates(PartnerForm form, @Nullable Long exceptId) {
		var candidateKeys = MatchKeys.lookup(form.allNames());
		if (candidateKeys.isEmpty()) {
			return List.of();
		}
		var notTheSame = (exceptId != null) ? this.dismissed.dismissedFor(ORGANISATION, exceptId) : java.util.Set.of();
		return this.organisations.findByAnyMatchKey(candidateKeys)
			.stream()
			.filter((organisation) -> !organisation.getId().equals(exceptId))
			.filter((organisation) -> !notTheSame.contains(organisation.getId()))
			.map((organisation) -> new DuplicateCandidate(organisation.getId(), organisation.getEnglishName(),
					organisation.allNames()
						.stream()
						.filter((name) -> !java.util.Collections.disjoint(MatchKeys.of(List.of(name)), candidateKeys))
						.toList()))
			.toList();
	}

	/**
	 * The existing partners that look like this one, unless a manager said they are not
	 * the same.
	 */
	@Transactional(readOnly = true)
	public List<DuplicateCandidate> likelyDuplicatesOf(long id) {
		return likelyDuplicates(load(id).toForm(), id);
	}

	/**
	 * A manager confirms that two partners are different: they are never suggested as
	 * duplicates again.
	 */
	@PreAuthorize("hasRole('MANAGER')")
	public void dismissDuplicate(long id, long otherId) {
		load(id);
		load(otherId);
		var key = new DismissedDuplicate.Key(ORGANISATION, Math.min(id, otherId), Math.max(id, otherId));
		if (!this.dismissed.existsById(key)) {
			this.dismissed
				.save(new DismissedDuplicate(ORGANISATION, id, otherId, CurrentUsername.get(), this.clock.instant()));
		}
	}

	public PartnerDetails create(PartnerForm form) {
		validate(form, null);
		return details(this.organisations.saveAndFlush(new Organisation(form, this.clock.instant())));
	}

	public PartnerDetails update(long id, long expectedVersion, PartnerForm form) {
		var organisation = load(id);
		if (organisation.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
		}
		validate(form, id);
		organisation.describe(form, this.clock.instant());
		return details(this.organisations.saveAndFlush(organisation));
	}

	/** The users who can own a relationship. */
	@Transactional(readOnly = true)
	public List<UserRef> possibleOwners() {
		return this.users.activeUsers();
	}

	/**
	 * Organisations whose names contain the text, for choosing e.g. a parent
	 * organisation.
	 */
	@Transactional(readOnly = true)
	public List<PartnerRef> find(String text, int limit) {
		return search(PartnerFilter.none().withText(text), Pageable.ofSize(limit)).stream()
			.map((partner) -> new PartnerRef(partner.id(), partner.englishName(), partner.chineseName()))
			.toList();
	}

	private void validate(PartnerForm form, @Nullable Long id) {
		violation(form).ifPresent((key) -> {
			throw new BusinessRuleException(key);
		});
		if (form.parentId() != null) {
			requireNoCycle(form.parentId(), id);
		}
	}

	/**
	 * The first rule a form breaks (as an i18n key), or empty: the same check for the
	 * form and for every row of an import, so that nothing reaches the database that it
	 * would refuse.
	 */
	public static java.util.Optional<String> violation(PartnerForm form) {
		if (form.englishName().isBlank()) {
			return java.util.Optional.of("partner.error.english-name-required");
		}
		if (form.allNames().stream().anyMatch((name) -> name.strip().length() > 300)
				|| tooLong(form.chineseName(), 200)) {
			return java.util.Optional.of("partner.error.name-too-long");
		}
		if (form.website() != null && !form.website().isBlank()
				&& (tooLong(form.website(), 300) || !isWebAddress(form.website().strip()))) {
			return java.util.Optional.of("partner.error.website-invalid");
		}
		if (tooLong(form.city(), 120)) {
			return java.util.Optional.of("partner.error.city-too-long");
		}
		if (form.tags().stream().anyMatch((tag) -> tag.strip().length() > 60)) {
			return java.util.Optional.of("partner.error.tag-too-long");
		}
		if (tooLong(form.notes(), 4000)) {
			return java.util.Optional.of("partner.error.notes-too-long");
		}
		return java.util.Optional.empty();
	}

	private static boolean tooLong(@Nullable String value, int max) {
		return value != null && value.strip().length() > max;
	}

	/**
	 * A parent may not be the organisation itself or one of its own sub-organisations.
	 */
	private void requireNoCycle(long parentId, @Nullable Long id) {
		var seen = new HashSet<Long>();
		for (Long current = parentId; current != null; current = load(current).getParentId()) {
			if (current.equals(id) || !seen.add(current)) {
				throw new BusinessRuleException("partner.error.parent-cycle");
			}
		}
	}

	private static boolean isWebAddress(String value) {
		try {
			var uri = URI.create(value);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private Organisation load(long id) {
		return this.organisations.findById(id).orElseThrow(() -> new BusinessRuleException("partner.error.not-found"));
	}

	private PartnerDetails details(Organisation organisation) {
		var parent = (organisation.getParentId() != null)
				? this.organisations.findById(organisation.getParentId()).map(PartnerService::ref).orElse(null) : null;
		var children = this.organisations.findByParentIdOrderByEnglishName(organisation.getId())
			.stream()
			.map(PartnerService::ref)
			.toList();
		var owner = (organisation.getOwnerUserId() != null)
				? this.users.find(organisation.getOwnerUserId()).map(UserRef::displayName).orElse(null) : null;
		return new PartnerDetails(summary(organisation), organisation.toForm(), parent, children, owner,
				organisation.getCreatedAt(), organisation.getUpdatedAt());
	}

	private static PartnerRef ref(Organisation organisation) {
		return new PartnerRef(organisation.getId(), organisation.getEnglishName(), organisation.getChineseName());
	}

	static PartnerSummary summary(Organisation organisation) {
		return new PartnerSummary(organisation.getId(), organisation.getVersion(), organisation.getEnglishName(),
				organisation.getChineseName(), organisation.namesOf(NameKind.ABBREVIATION), organisation.getType(),
				organisation.getCountry(), organisation.getCity(), organisation.getStatus(), organisation.getTags());
	}

}
