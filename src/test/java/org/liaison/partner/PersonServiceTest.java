package org.liaison.partner;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.liaison.shared.BusinessRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithMockUser(username = "staff", roles = "STAFF")
class PersonServiceTest {

	@Autowired
	private PersonService people;

	@Autowired
	private PartnerService partners;

	@Test
	void knowsWhoHeldWhichTitleWhen() {
		var institute = this.partners
			.create(PartnerForm.named("Fictional Institute of Tides", OrganisationType.RESEARCH_INSTITUTE));
		var person = this.people
			.create(new PersonForm("Mira Tideworth", "潮汐米拉", "mira@tides.example", "+44 20 7946 0000", null,
					List.of(new PositionForm(institute.id(), "Deputy Director", LocalDate.of(2019, 1, 1),
							LocalDate.of(2022, 12, 31)),
							new PositionForm(institute.id(), "Director", LocalDate.of(2023, 1, 1), null))));

		assertThat(this.people.titlesOn(person.id(), LocalDate.of(2021, 5, 4))).extracting(HeldTitle::describe)
			.containsExactly("Deputy Director, Fictional Institute of Tides");
		assertThat(person.summary().currentTitles()).extracting(HeldTitle::describe)
			.containsExactly("Director, Fictional Institute of Tides");
		assertThat(person.positionHistory()).extracting(HeldTitle::title)
			.containsExactly("Director", "Deputy Director");
		assertThat(this.people.atOrganisation(institute.id())).extracting(PersonSummary::latinName)
			.containsExactly("Mira Tideworth");
		assertThat(this.people.search("潮汐", PageRequest.of(0, 10)).getContent()).extracting(PersonSummary::latinName)
			.containsExactly("Mira Tideworth");
	}

	@Test
	void findsTheSamePersonUnderTheNameInTheOtherOrderOrTheChineseName() {
		this.people.create(new PersonForm("Qiao Fictional", "乔虚构", null, null, null, List.of()));
		assertThat(
				this.people.likelyDuplicates(new PersonForm("FICTIONAL QIAO", null, null, null, null, List.of()), null))
			.extracting(DuplicateCandidate::name)
			.containsExactly("Qiao Fictional");
		assertThat(this.people.likelyDuplicates(new PersonForm("Q. F.", "乔虚构", null, null, null, List.of()), null))
			.hasSize(1);
	}

	@Test
	void refusesBadInput() {
		assertThatThrownBy(() -> this.people.create(new PersonForm(" ", null, null, null, null, List.of())))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("person.error.name-required"));
		assertThatThrownBy(() -> this.people.create(new PersonForm("A B", null, "not-an-email", null, null, List.of())))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("person.error.email-invalid"));
		var org = this.partners.create(PartnerForm.named("Fictional Dates Office", OrganisationType.OTHER));
		assertThatThrownBy(() -> this.people.create(new PersonForm("C D", null, null, null, null,
				List.of(new PositionForm(org.id(), "Clerk", LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1))))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("person.error.end-before-start"));
	}

}
