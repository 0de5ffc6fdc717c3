package org.liaison.partner.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.liaison.partner.PersonForm;
import org.liaison.partner.PositionForm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The title a person held on a given date, with Wang Li of the 2021 seed bulletin and a
 * fictional later change.
 */
class PersonTest {

	private static final long BJAST = 1;

	private final Person wangLi = new Person(
			new PersonForm("Wang Li", null, null, null, null, List.of(
					new PositionForm(BJAST, "Deputy Secretary of the Leading Party Members Group and Vice President",
							null, LocalDate.of(2023, 6, 30)),
					new PositionForm(BJAST, "Fictional Senior Adviser", LocalDate.of(2023, 7, 1), null))),
			Instant.EPOCH);

	@Test
	void aReportOfA2021MeetingPrintsTheTitleHeldThen() {
		assertThat(this.wangLi.positionsOn(LocalDate.of(2021, 1, 7))).extracting(Position::getTitle)
			.containsExactly("Deputy Secretary of the Leading Party Members Group and Vice President");
	}

	@Test
	void afterTheChangeTheNewTitle() {
		assertThat(this.wangLi.positionsOn(LocalDate.of(2024, 3, 1))).extracting(Position::getTitle)
			.containsExactly("Fictional Senior Adviser");
	}

	@Test
	void bothEndsOfAPeriodCount() {
		assertThat(this.wangLi.positionsOn(LocalDate.of(2023, 6, 30))).extracting(Position::getTitle)
			.containsExactly("Deputy Secretary of the Leading Party Members Group and Vice President");
		assertThat(this.wangLi.positionsOn(LocalDate.of(2023, 7, 1))).extracting(Position::getTitle)
			.containsExactly("Fictional Senior Adviser");
	}

	@Test
	void currentPositionsComeFirst() {
		assertThat(this.wangLi.positionHistory(LocalDate.of(2026, 11, 21))).extracting(Position::getTitle)
			.containsExactly("Fictional Senior Adviser",
					"Deputy Secretary of the Leading Party Members Group and Vice President");
	}

}
