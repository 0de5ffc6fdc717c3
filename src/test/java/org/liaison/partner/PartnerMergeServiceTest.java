package org.liaison.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.liaison.shared.BusinessRuleException;
import org.liaison.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RecordApplicationEvents
@WithMockUser(username = "manager", roles = { "STAFF", "MANAGER" })
class PartnerMergeServiceTest {

	@Autowired
	private PartnerMergeService merges;

	@Autowired
	private PartnerService partners;

	@Autowired
	private PersonService people;

	@Autowired
	private ApplicationEvents events;

	@Test
	void everythingOfTheMergedPartnerEndsOnTheSurvivor() {
		var survivor = this.partners.create(new PartnerForm("Fictional Lake Research Institute", null, List.of("FLRI"),
				List.of(), List.of(), OrganisationType.RESEARCH_INSTITUTE, new CountryCode("NO"), null, null, null,
				PartnerStatus.ACTIVE, null, Set.of("lakes"), "Survivor notes"));
		var merged = this.partners
			.create(new PartnerForm("Fictional Institute for Lake Research", "虚构湖泊研究所", List.of("FILR"),
					List.of("Lake Institute"), List.of("Old Lake Station"), OrganisationType.OTHER, null, "Tromsø",
					"https://lakes.example.org", null, PartnerStatus.DORMANT, null, Set.of("water"), "Merged notes"));
		var department = this.partners
			.create(withParent(PartnerForm.named("Fictional Lake Lab", OrganisationType.OTHER), merged.id()));
		var person = this.people.create(new PersonForm("Ola Fictional", null, null, null, null,
				List.of(new PositionForm(merged.id(), "Director", LocalDate.of(2020, 1, 1), null))));

		this.merges.merge(survivor.id(), survivor.version(), merged.id(), merged.version());

		var after = this.partners.get(survivor.id());
		assertThat(after.form().chineseName()).isEqualTo("虚构湖泊研究所");
		assertThat(after.form().aliases()).contains("Fictional Institute for Lake Research", "Lake Institute");
		assertThat(after.form().abbreviations()).containsExactlyInAnyOrder("FLRI", "FILR");
		assertThat(after.form().formerNames()).containsExactly("Old Lake Station");
		assertThat(after.form().tags()).containsExactlyInAnyOrder("lakes", "water");
		assertThat(after.form().city()).isEqualTo("Tromsø");
		assertThat(after.form().country()).isEqualTo(new CountryCode("NO"));
		assertThat(after.form().notes()).isEqualTo("Survivor notes\n\nMerged notes");
		assertThat(after.subOrganisations()).extracting(PartnerRef::id).containsExactly(department.id());
		assertThat(this.people.get(person.id()).positionHistory()).extracting(HeldTitle::organisationId)
			.containsExactly(survivor.id());
		assertThatThrownBy(() -> this.partners.get(merged.id())).isInstanceOf(BusinessRuleException.class);
		assertThat(this.partners.likelyDuplicates(PartnerForm.named("虚构湖泊研究所", OrganisationType.OTHER), null))
			.extracting(DuplicateCandidate::id)
			.containsExactly(survivor.id());
		assertThat(this.merges.mergesInto(survivor.id())).singleElement().satisfies((merge) -> {
			assertThat(merge.mergedName()).isEqualTo("Fictional Institute for Lake Research");
			assertThat(merge.mergedBy()).isEqualTo("manager");
		});
		assertThat(this.events.stream(PartnersMerged.class))
			.containsExactly(new PartnersMerged(survivor.id(), merged.id()));
	}

	@Test
	void aMergeBasedOnAnOutdatedViewChangesNothing() {
		var survivor = this.partners.create(PartnerForm.named("Fictional Merge Survivor", OrganisationType.OTHER));
		var merged = this.partners.create(PartnerForm.named("Fictional Merge Victim", OrganisationType.OTHER));
		this.partners.update(merged.id(), merged.version(),
				PartnerForm.named("Fictional Merge Victim 2", OrganisationType.OTHER));
		assertThatThrownBy(() -> this.merges.merge(survivor.id(), survivor.version(), merged.id(), merged.version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.partners.get(merged.id()).summary().englishName()).isEqualTo("Fictional Merge Victim 2");
		assertThatThrownBy(
				() -> this.merges.merge(survivor.id(), survivor.version(), survivor.id(), survivor.version()))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void staffCannotMerge() {
		assertThatThrownBy(() -> this.merges.merge(1, 0, 2, 0)).isInstanceOf(AccessDeniedException.class);
	}

	private static PartnerForm withParent(PartnerForm form, long parentId) {
		return new PartnerForm(form.englishName(), form.chineseName(), form.abbreviations(), form.aliases(),
				form.formerNames(), form.type(), form.country(), form.city(), form.website(), parentId, form.status(),
				form.ownerUserId(), form.tags(), form.notes());
	}

}
