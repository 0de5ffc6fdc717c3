package org.liaison.partner;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.domain.Organisation;
import org.liaison.partner.domain.OrganisationRepository;
import org.liaison.partner.domain.Person;
import org.liaison.partner.domain.PersonRepository;
import org.liaison.shared.CountryCode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations and people named in the two seed bulletins (the 2022 exchange of the
 * Beijing Association for Science and Technology with BJAST, and the 2021 launch of the
 * CPEC Science Communication Network), created in demo mode into a database without
 * partners; never in the prod profile.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty("liaison.demo.enabled")
@Order(10)
class DemoPartners implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPartners.class);

	private final OrganisationRepository organisations;

	private final PersonRepository people;

	private final Clock clock;

	DemoPartners(OrganisationRepository organisations, PersonRepository people, Clock clock) {
		this.organisations = organisations;
		this.people = people;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.organisations.count() > 0) {
			return;
		}
		var bjast = save("Beijing Academy of Science and Technology", "北京市科学技术研究院", List.of("BJAST"), List.of(),
				OrganisationType.ACADEMY, "CN", "Beijing", null, null, PartnerStatus.ACTIVE, Set.of("home"));
		save("Publicity Department of BJAST", null, List.of(), List.of(), OrganisationType.OTHER, "CN", "Beijing", null,
				bjast, PartnerStatus.ACTIVE, Set.of("home"));
		save("Division of International Cooperation of BJAST", null, List.of(), List.of(), OrganisationType.OTHER, "CN",
				"Beijing", null, bjast, PartnerStatus.ACTIVE, Set.of("home"));
		save("Belt and Road International Technology Cooperation Training Center", null, List.of(), List.of(),
				OrganisationType.RESEARCH_INSTITUTE, "CN", "Beijing", null, bjast, PartnerStatus.ACTIVE,
				Set.of("belt-and-road"));
		var bast = save("Beijing Association for Science and Technology", "北京市科学技术协会", List.of("BAST"),
				List.of("Municipal Association for Science and Technology"), OrganisationType.ASSOCIATION, "CN",
				"Beijing", null, null, PartnerStatus.ACTIVE, Set.of("science-popularisation"));
		save("Beijing Technology and Business University", "北京工商大学", List.of("BTBU"), List.of(),
				OrganisationType.UNIVERSITY, "CN", "Beijing", null, null, PartnerStatus.ACTIVE,
				Set.of("cpec", "science-communication"));
		save("Pakistan Science Foundation", null, List.of("PSF"), List.of(), OrganisationType.FOUNDATION, "PK",
				"Islamabad", null, null, PartnerStatus.ACTIVE, Set.of("cpec", "science-communication"));
		save("Pakistan Science and Technology Information Center", null, List.of("PASTIC"), List.of(),
				OrganisationType.GOVERNMENT_BODY, "PK", "Islamabad", null, null, PartnerStatus.ACTIVE,
				Set.of("cpec", "science-communication"));
		save("Embassy of Pakistan in China", null, List.of(), List.of("Pakistani Embassy in China"),
				OrganisationType.EMBASSY, "PK", "Beijing", null, null, PartnerStatus.ACTIVE, Set.of("cpec"));
		save("CPEC Science Communication Network", null, List.of(), List.of(), OrganisationType.NETWORK, "PK", null,
				null, null, PartnerStatus.ACTIVE, Set.of("cpec", "science-communication", "belt-and-road"));
		people(bjast, bast);
		log.info("Demo mode: created the organisations and people of the seed bulletins");
	}

	/**
	 * The people of the seed bulletins with their titles as the bulletins state them. The
	 * bulletins say who held a title on the day of the event, not since or until when, so
	 * the periods stay open and the notes say where the title comes from.
	 */
	private void people(long bjast, long bast) {
		var exchange = "Title as stated in the BJAST bulletin of 2022-12-13 on the exchange of 2022-11-04.";
		var network = "Title as stated in the BJAST bulletin of 2021-01-07 on the launch of the CPEC Science "
				+ "Communication Network.";
		person("Shen Jie", bast, "Secretary of the Leading Party Members’ Group", exchange);
		person("Fang Li", bjast, "Secretary of the Leading Party Members’ Group", exchange);
		person("Liu Xiaokan", bast, "Member of the Leading Party Members’ Group and Vice Chairman", exchange);
		person("Chen Weicheng", bast, "Member of the Leading Party Members’ Group and Vice Chairman", exchange);
		person("Guo Lugang", bast, "Vice Chairman", exchange);
		person("Liu Ziliang", bjast, "Head", exchange);
		person("Wang Li", bjast, "Deputy Secretary of the Leading Party Members Group and Vice President", network);
	}

	private void person(String name, long organisationId, String title, String source) {
		var form = new PersonForm(name, null, null, null, source,
				List.of(new PositionForm(organisationId, title, null, null)));
		this.people.save(new Person(form, this.clock.instant()));
	}

	private Long save(String english, @Nullable String chinese, List<String> abbreviations, List<String> aliases,
			OrganisationType type, String country, @Nullable String city, @Nullable String website,
			@Nullable Long parentId, PartnerStatus status, Set<String> tags) {
		var form = new PartnerForm(english, chinese, abbreviations, aliases, List.of(), type, new CountryCode(country),
				city, website, parentId, status, null, tags, null);
		return this.organisations.save(new Organisation(form, this.clock.instant())).getId();
	}

}
