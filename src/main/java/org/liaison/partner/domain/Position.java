package org.liaison.partner.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A title a person holds at an organisation, from a date to a date; either may be
 * unknown, which leaves that side of the period open.
 */
@Entity
@Table(name = "person_position")
public class Position {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private @Nullable Person person;

	private long organisationId;

	private String title = "";

	private @Nullable LocalDate startDate;

	private @Nullable LocalDate endDate;

	protected Position() {
	}

	Position(Person person, long organisationId, String title, @Nullable LocalDate startDate,
			@Nullable LocalDate endDate) {
		this.person = person;
		this.organisationId = organisationId;
		this.title = title;
		this.startDate = startDate;
		this.endDate = endDate;
	}

	/** Whether the title was held on that date, as far as the known dates tell. */
	public boolean heldOn(LocalDate date) {
		return (this.startDate == null || !date.isBefore(this.startDate))
				&& (this.endDate == null || !date.isAfter(this.endDate));
	}

	/** Not ended before today. */
	public boolean isCurrent(LocalDate today) {
		return this.endDate == null || !this.endDate.isBefore(today);
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable LocalDate getStartDate() {
		return this.startDate;
	}

	public @Nullable LocalDate getEndDate() {
		return this.endDate;
	}

}
