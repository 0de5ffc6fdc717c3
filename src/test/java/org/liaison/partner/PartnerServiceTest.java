package org.liaison.partner;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.liaison.shared.BusinessRuleException;
import org.liaison.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithMockUser(username = "staff", roles = "STAFF")
class PartnerServiceTest {

	@Autowired
	private PartnerService partners;

	private static PartnerForm form(String english, String chinese, List<String> abbreviations, String country,
			Set<String> tags) {
		return new PartnerForm(english, chinese, abbreviations, List.of(), List.of(), OrganisationType.ASSOCIATION,
				new CountryCode(country), "Beijing", null, null, PartnerStatus.ACTIVE, null, tags, null);
	}

	@Test
	void findsAPartnerByAnyNameInEitherScript() {
		var created = this.partners
			.create(form("Svc Institute of Zoology Studies", "动物学服务研究所", List.of("SIZS"), "CN", Set.of("svc-biology")));

		assertThat(names(PartnerFilter.none().withText("sizs"))).contains(created.summary().englishName());
		assertThat(names(PartnerFilter.none().withText("动物学服务"))).contains(created.summary().englishName());
		assertThat(names(PartnerFilter.none().withText("institute of zoology")))
			.contains("Svc Institute of Zoology Studies");
		assertThat(names(new PartnerFilter(null, null, null, null, "svc-biology", null)))
			.containsExactly("Svc Institute of Zoology Studies");
		assertThat(names(PartnerFilter.none().withText("no such partner anywhere"))).isEmpty();
	}

	@Test
	void warnsOfLikelyDuplicatesUnderAbbreviationsAndChineseNames() {
		this.partners.create(form("Svc Association for Science and Technology", "服务科学技术协会", List.of(), "CN", Set.of()));

		var byAbbreviation = this.partners.likelyDuplicates(PartnerForm.named("SAST", OrganisationType.ASSOCIATION),
				null);
		assertThat(byAbbreviation).extracting(DuplicateCandidate::name)
			.contains("Svc Association for Science and Technology");
		var byChinese = this.partners
			.likelyDuplicates(form("Some Other English Name", "服务科学技术协会", List.of(), "CN", Set.of()), null);
		assertThat(byChinese).singleElement().satisfies((candidate) -> {
			assertThat(candidate.name()).isEqualTo("Svc Association for Science and Technology");
			assertThat(candidate.matchingNames()).containsExactly("服务科学技术协会");
		});
		var byCaseAndPunctuation = this.partners.likelyDuplicates(
				PartnerForm.named("THE svc association for science & technology", OrganisationType.OTHER), null);
		assertThat(byCaseAndPunctuation).isNotEmpty();
	}

	@Test
	void refusesAnEmptyNameABadWebsiteAndAParentCycle() {
		assertThatThrownBy(() -> this.partners.create(PartnerForm.named(" ", OrganisationType.OTHER)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("partner.error.english-name-required"));
		var bad = new PartnerForm("Svc Web", null, List.of(), List.of(), List.of(), OrganisationType.OTHER, null, null,
				"javascript:alert(1)", null, PartnerStatus.ACTIVE, null, Set.of(), null);
		assertThatThrownBy(() -> this.partners.create(bad)).isInstanceOfSatisfying(BusinessRuleException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("partner.error.website-invalid"));

		var academy = this.partners.create(PartnerForm.named("Svc Academy", OrganisationType.ACADEMY));
		var department = this.partners
			.create(withParent(PartnerForm.named("Svc Department", OrganisationType.OTHER), academy.id()));
		assertThat(this.partners.get(academy.id()).subOrganisations()).extracting(PartnerRef::englishName)
			.containsExactly("Svc Department");
		assertThatThrownBy(() -> this.partners.update(academy.id(), academy.version(),
				withParent(academy.form(), department.id())))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("partner.error.parent-cycle"));
	}

	@Test
	void refusesWhatTheDatabaseCouldNotHoldWithAMessage() {
		var longTag = new PartnerForm("Svc Tagged", null, List.of(), List.of(), List.of(), OrganisationType.OTHER, null,
				null, null, null, PartnerStatus.ACTIVE, null, Set.of("x".repeat(61)), null);
		assertThatThrownBy(() -> this.partners.create(longTag)).isInstanceOfSatisfying(BusinessRuleException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("partner.error.tag-too-long"));
		var manyNames = new PartnerForm("Svc Many Names", null, List.of(),
				java.util.stream.IntStream.range(0, 40)
					.mapToObj((i) -> "Svc alias number " + i + " " + "y".repeat(250))
					.toList(),
				List.of(), OrganisationType.OTHER, null, null, null, null, PartnerStatus.ACTIVE, null, Set.of(), null);
		var created = this.partners.create(manyNames);
		assertThat(names(PartnerFilter.none().withText("svc alias number 39"))).containsExactly("Svc Many Names");
		assertThat(created.form().aliases()).hasSize(40);
	}

	@Test
	void aChangeBasedOnAnOutdatedVersionIsRefused() {
		var seen = this.partners.create(PartnerForm.named("Svc Versioned", OrganisationType.OTHER));
		this.partners.update(seen.id(), seen.version(),
				PartnerForm.named("Svc Versioned Renamed", OrganisationType.OTHER));
		assertThatThrownBy(() -> this.partners.update(seen.id(), seen.version(),
				PartnerForm.named("Svc Versioned Lost", OrganisationType.OTHER)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.partners.get(seen.id()).summary().englishName()).isEqualTo("Svc Versioned Renamed");
	}

	@Test
	@WithMockUser(username = "manager", roles = { "STAFF", "MANAGER" })
	void aManagerDismissesASuggestionForGood() {
		var first = this.partners.create(PartnerForm.named("Svc Harbour Science Centre", OrganisationType.OTHER));
		var second = this.partners.create(new PartnerForm("Svc Harbor Science Center", null, List.of("SHSC"), List.of(),
				List.of(), OrganisationType.OTHER, null, null, null, null, PartnerStatus.ACTIVE, null, Set.of(), null));
		assertThat(this.partners.likelyDuplicatesOf(first.id())).extracting(DuplicateCandidate::id)
			.containsExactly(second.id());

		this.partners.dismissDuplicate(second.id(), first.id());
		this.partners.dismissDuplicate(first.id(), second.id());

		assertThat(this.partners.likelyDuplicatesOf(first.id())).isEmpty();
		assertThat(this.partners.likelyDuplicatesOf(second.id())).isEmpty();
	}

	@Test
	void staffCannotDismissSuggestions() {
		var first = this.partners.create(PartnerForm.named("Svc Dismiss One", OrganisationType.OTHER));
		var second = this.partners.create(PartnerForm.named("Svc Dismiss Two", OrganisationType.OTHER));
		assertThatThrownBy(() -> this.partners.dismissDuplicate(first.id(), second.id()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithAnonymousUser
	void nobodyAnonymousSeesPartners() {
		assertThatThrownBy(() -> this.partners.search(PartnerFilter.none(), PageRequest.of(0, 10)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private List<String> names(PartnerFilter filter) {
		return this.partners.search(filter, PageRequest.of(0, 50, Sort.by("englishName")))
			.map(PartnerSummary::englishName)
			.toList();
	}

	private static PartnerForm withParent(PartnerForm form, long parentId) {
		return new PartnerForm(form.englishName(), form.chineseName(), form.abbreviations(), form.aliases(),
				form.formerNames(), form.type(), form.country(), form.city(), form.website(), parentId, form.status(),
				form.ownerUserId(), form.tags(), form.notes());
	}

}
