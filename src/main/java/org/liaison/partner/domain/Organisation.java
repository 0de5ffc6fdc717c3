package org.liaison.partner.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.MatchKeys;
import org.liaison.partner.NameKind;
import org.liaison.partner.Names;
import org.liaison.partner.OrganisationType;
import org.liaison.partner.PartnerForm;
import org.liaison.partner.PartnerStatus;
import org.liaison.shared.CountryCode;
import org.liaison.shared.domain.AbstractEntity;

/**
 * A partner organisation: a university, an academy, an embassy, a company, at home or
 * abroad.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity {

	private String englishName = "";

	private @Nullable String chineseName;

	@Enumerated(EnumType.STRING)
	private OrganisationType type = OrganisationType.OTHER;

	@Column(name = "country_code")
	private @Nullable CountryCode country;

	private @Nullable String city;

	private @Nullable String website;

	private @Nullable Long parentId;

	@Enumerated(EnumType.STRING)
	private PartnerStatus status = PartnerStatus.PROSPECT;

	private @Nullable Long ownerUserId;

	private @Nullable String notes;

	private String searchText = "";

	@ElementCollection
	@CollectionTable(name = "organisation_name", joinColumns = @JoinColumn(name = "organisation_id"))
	@BatchSize(size = 100)
	private Set<OrganisationName> names = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "organisation_tag", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "tag")
	@BatchSize(size = 100)
	private Set<String> tags = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "organisation_match_key", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "match_key")
	private Set<String> matchKeys = new LinkedHashSet<>();

	private Instant createdAt = Instant.EPOCH;

	private Instant updatedAt = Instant.EPOCH;

	protected Organisation() {
	}

	public Organisation(PartnerForm form, Instant now) {
		this.createdAt = now;
		describe(form, now);
	}

	/**
	 * Takes over everything the form says, and indexes the names for search and duplicate
	 * detection.
	 */
	public void describe(PartnerForm form, Instant now) {
		this.englishName = form.englishName().strip();
		this.chineseName = blankToNull(form.chineseName());
		this.type = form.type();
		this.country = form.country();
		this.city = blankToNull(form.city());
		this.website = blankToNull(form.website());
		this.parentId = form.parentId();
		this.status = form.status();
		this.ownerUserId = form.ownerUserId();
		this.notes = blankToNull(form.notes());
		this.names.clear();
		addNames(NameKind.ABBREVIATION, form.abbreviations());
		addNames(NameKind.ALIAS, form.aliases());
		addNames(NameKind.FORMER_NAME, form.formerNames());
		this.tags.clear();
		form.tags().stream().map(String::strip).filter((tag) -> !tag.isEmpty()).forEach(this.tags::add);
		this.updatedAt = now;
		reindex();
	}

	private void addNames(NameKind kind, Collection<String> values) {
		values.stream()
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.forEach((value) -> this.names.add(new OrganisationName(kind, value)));
	}

	private void reindex() {
		var all = allNames();
		this.searchText = all.stream().map(Names::normalise).distinct().collect(Collectors.joining(" | "));
		this.matchKeys.clear();
		this.matchKeys.addAll(MatchKeys.of(all));
	}

	/** Official names first, then the others. */
	public List<String> allNames() {
		var all = new java.util.ArrayList<String>();
		all.add(this.englishName);
		if (this.chineseName != null) {
			all.add(this.chineseName);
		}
		this.names.forEach((name) -> all.add(name.name()));
		return all;
	}

	public List<String> namesOf(NameKind kind) {
		return this.names.stream().filter((name) -> name.kind() == kind).map(OrganisationName::name).toList();
	}

	/**
	 * Takes in everything of a duplicate that is merged into this organisation: its names
	 * become other names here (its Chinese name becomes this one's if this has none), its
	 * abbreviations, former names and tags are added, and what this organisation leaves
	 * empty is filled from it. Nothing of the duplicate is lost.
	 */
	public void absorb(Organisation merged, Instant now) {
		var mine = toForm();
		var theirs = merged.toForm();
		var chinese = (mine.chineseName() != null) ? mine.chineseName() : theirs.chineseName();
		var aliases = new java.util.ArrayList<>(mine.aliases());
		aliases.add(theirs.englishName());
		if (theirs.chineseName() != null && !theirs.chineseName().equals(chinese)) {
			aliases.add(theirs.chineseName());
		}
		aliases.addAll(theirs.aliases());
		var tags = new LinkedHashSet<>(mine.tags());
		tags.addAll(theirs.tags());
		var parent = java.util.stream.Stream.of(mine.parentId(), theirs.parentId())
			.filter((candidate) -> candidate != null && !candidate.equals(getId()) && !candidate.equals(merged.getId()))
			.findFirst()
			.orElse(null);
		var notes = (mine.notes() == null) ? theirs.notes()
				: (theirs.notes() == null) ? mine.notes() : mine.notes() + "\n\n" + theirs.notes();
		describe(new PartnerForm(mine.englishName(), chinese, union(mine.abbreviations(), theirs.abbreviations()),
				distinct(aliases), union(mine.formerNames(), theirs.formerNames()), mine.type(),
				(mine.country() != null) ? mine.country() : theirs.country(),
				(mine.city() != null) ? mine.city() : theirs.city(),
				(mine.website() != null) ? mine.website() : theirs.website(), parent, mine.status(),
				(mine.ownerUserId() != null) ? mine.ownerUserId() : theirs.ownerUserId(), tags, notes), now);
	}

	private static List<String> union(List<String> first, List<String> second) {
		var all = new java.util.ArrayList<>(first);
		all.addAll(second);
		return distinct(all);
	}

	private static List<String> distinct(List<String> values) {
		return values.stream().distinct().toList();
	}

	public PartnerForm toForm() {
		return new PartnerForm(this.englishName, this.chineseName, namesOf(NameKind.ABBREVIATION),
				namesOf(NameKind.ALIAS), namesOf(NameKind.FORMER_NAME), this.type, this.country, this.city,
				this.website, this.parentId, this.status, this.ownerUserId, Set.copyOf(this.tags), this.notes);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public String getEnglishName() {
		return this.englishName;
	}

	public @Nullable String getChineseName() {
		return this.chineseName;
	}

	public OrganisationType getType() {
		return this.type;
	}

	public @Nullable CountryCode getCountry() {
		return this.country;
	}

	public @Nullable String getCity() {
		return this.city;
	}

	public @Nullable String getWebsite() {
		return this.website;
	}

	public @Nullable Long getParentId() {
		return this.parentId;
	}

	public PartnerStatus getStatus() {
		return this.status;
	}

	public @Nullable Long getOwnerUserId() {
		return this.ownerUserId;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public Set<String> getTags() {
		return Set.copyOf(this.tags);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
