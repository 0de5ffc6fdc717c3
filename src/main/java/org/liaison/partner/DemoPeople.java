package org.liaison.partner;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.liaison.partner.domain.OrganisationRepository;
import org.liaison.partner.domain.Person;
import org.liaison.partner.domain.PersonRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the two seed bulletins with their titles as the bulletins state them. The
 * bulletins say who held a title on the day of the event, not since or until when, so the
 * periods stay open and the notes say where the title comes from. Demo mode only, into a
 * database without people.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty("liaison.demo.enabled")
@Order(11)
class DemoPeople implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

	private static final String EXCHANGE = "Title as stated in the BJAST bulletin of 2022-12-13 on the exchange of 2022-11-04.";

	private static final String NETWORK = "Title as stated in the BJAST bulletin of 2021-01-07 on the launch of the CPEC Science Communication Network.";

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final Clock clock;

	DemoPeople(PersonRepository people, OrganisationRepository organisations, Clock clock) {
		this.people = people;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.people.count() > 0) {
			return;
		}
		var bast = organisation("Beijing Association for Science and Technology");
		var bjast = organisation("Beijing Academy of Science and Technology");
		save("Shen Jie", bast, "Secretary of the Leading Party Members’ Group", EXCHANGE);
		save("Fang Li", bjast, "Secretary of the Leading Party Members’ Group", EXCHANGE);
		save("Liu Xiaokan", bast, "Member of the Leading Party Members’ Group and Vice Chairman", EXCHANGE);
		save("Chen Weicheng", bast, "Member of the Leading Party Members’ Group and Vice Chairman", EXCHANGE);
		save("Guo Lugang", bast, "Vice Chairman", EXCHANGE);
		save("Liu Ziliang", bjast, "Head", EXCHANGE);
		save("Wang Li", bjast, "Deputy Secretary of the Leading Party Members Group and Vice President", NETWORK);
		log.info("Demo mode: created the people of the seed bulletins");
	}

	private long organisation(String name) {
		return this.organisations
			.findBy(org.liaison.partner.domain.OrganisationSpecifications.matching(PartnerFilter.none().withText(name)),
					(query) -> query.slice(PageRequest.of(0, 1)))
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Demo partner missing: " + name))
			.getId();
	}

	private void save(String name, long organisationId, String title, String source) {
		var form = new PersonForm(name, null, null, null, source,
				List.of(new PositionForm(organisationId, title, null, null)));
		this.people.save(new Person(form, this.clock.instant()));
	}

}
