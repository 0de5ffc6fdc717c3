package org.liaison.partner;

import java.time.Clock;
import java.util.List;

import org.liaison.partner.domain.DismissedDuplicateRepository;
import org.liaison.partner.domain.MergeRecord;
import org.liaison.partner.domain.MergeRecordRepository;
import org.liaison.partner.domain.Organisation;
import org.liaison.partner.domain.OrganisationRepository;
import org.liaison.shared.BusinessRuleException;
import org.liaison.shared.CurrentUsername;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two partner organisations that are one: names, people's positions,
 * sub-organisations and tags end on the survivor, the merge is recorded, and other
 * modules are told to move their links. Managers only.
 */
@Service
@Transactional
@PreAuthorize("hasRole('MANAGER')")
public class PartnerMergeService {

	private static final String ORGANISATION = "ORGANISATION";

	private final OrganisationRepository organisations;

	private final DismissedDuplicateRepository dismissed;

	private final MergeRecordRepository merges;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PartnerMergeService(OrganisationRepository organisations, DismissedDuplicateRepository dismissed,
			MergeRecordRepository merges, ApplicationEventPublisher events, Clock clock) {
		this.organisations = organisations;
		this.dismissed = dismissed;
		this.merges = merges;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Merges one organisation into another, both as the manager saw them (versions): if
	 * either changed since, nothing happens and the manager must look again.
	 */
	public void merge(long survivorId, long survivorVersion, long mergedId, long mergedVersion) {
		if (survivorId == mergedId) {
			throw new BusinessRuleException("merge.error.same");
		}
		var survivor = load(survivorId, survivorVersion);
		var merged = load(mergedId, mergedVersion);
		var snapshot = merged.toForm().toString();
		var now = this.clock.instant();
		this.organisations.moveSubOrganisations(mergedId, survivorId);
		this.organisations.movePositions(mergedId, survivorId);
		this.dismissed.forget(ORGANISATION, mergedId);
		survivor = this.organisations.findById(survivorId).orElseThrow();
		merged = this.organisations.findById(mergedId).orElseThrow();
		survivor.absorb(merged, now);
		this.organisations.delete(merged);
		this.organisations.flush();
		this.merges.save(new MergeRecord(ORGANISATION, survivorId, mergedId, merged.getEnglishName(), snapshot,
				CurrentUsername.get(), now));
		this.events.publishEvent(new PartnersMerged(survivorId, mergedId));
	}

	/**
	 * The merges that ended on this organisation, newest first: who merged what, and
	 * when.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('STAFF')")
	public List<MergeSummary> mergesInto(long survivorId) {
		return this.merges.findByRecordKindAndSurvivorIdOrderByMergedAtDesc(ORGANISATION, survivorId)
			.stream()
			.map((merge) -> new MergeSummary(merge.getMergedName(), merge.getMergedBy(), merge.getMergedAt()))
			.toList();
	}

	private Organisation load(long id, long expectedVersion) {
		var organisation = this.organisations.findById(id)
			.orElseThrow(() -> new BusinessRuleException("partner.error.not-found"));
		if (organisation.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
		}
		return organisation;
	}

}
