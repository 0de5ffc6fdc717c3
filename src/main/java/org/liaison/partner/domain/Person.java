package org.liaison.partner.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.Names;
import org.liaison.partner.PersonForm;
import org.liaison.partner.PersonMatchKeys;
import org.liaison.partner.PositionForm;
import org.liaison.shared.domain.AbstractEntity;

/** A person at a partner organisation, with the titles held over time. */
@Entity
@Table(name = "person")
public class Person extends AbstractEntity {

	private String latinName = "";

	private @Nullable String chineseName;

	private @Nullable String email;

	private @Nullable String phone;

	private @Nullable String notes;

	private String searchText = "";

	@OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 100)
	private List<Position> positions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "person_match_key", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "match_key")
	private Set<String> matchKeys = new LinkedHashSet<>();

	private Instant createdAt = Instant.EPOCH;

	private Instant updatedAt = Instant.EPOCH;

	protected Person() {
	}

	public Person(PersonForm form, Instant now) {
		this.createdAt = now;
		describe(form, now);
	}

	/** Takes over everything the form says, positions included. */
	public void describe(PersonForm form, Instant now) {
		this.latinName = form.latinName().strip();
		this.chineseName = blankToNull(form.chineseName());
		this.email = blankToNull(form.email());
		this.phone = blankToNull(form.phone());
		this.notes = blankToNull(form.notes());
		this.positions.clear();
		for (var position : form.positions()) {
			this.positions.add(new Position(this, position.organisationId(), position.title().strip(),
					position.startDate(), position.endDate()));
		}
		this.updatedAt = now;
		this.searchText = form.allNames().stream().map(Names::normalise).collect(Collectors.joining(" | "));
		this.matchKeys.clear();
		this.matchKeys.addAll(PersonMatchKeys.of(form));
	}

	/**
	 * The titles held on a date: a report of a 2021 meeting prints the title held then.
	 */
	public List<Position> positionsOn(LocalDate date) {
		return this.positions.stream().filter((position) -> position.heldOn(date)).toList();
	}

	/** Current positions first, each group newest first. */
	public List<Position> positionHistory(LocalDate today) {
		return this.positions.stream()
			.sorted(Comparator.comparing((Position position) -> !position.isCurrent(today))
				.thenComparing(Position::getStartDate, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	public PersonForm toForm() {
		return new PersonForm(this.latinName, this.chineseName, this.email, this.phone, this.notes,
				this.positions.stream()
					.map((position) -> new PositionForm(position.getOrganisationId(), position.getTitle(),
							position.getStartDate(), position.getEndDate()))
					.toList());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public String getLatinName() {
		return this.latinName;
	}

	public @Nullable String getChineseName() {
		return this.chineseName;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

}
