package org.liaison.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.liaison.partner.Names;
import org.liaison.partner.PartnerFilter;
import org.liaison.partner.PartnerService;
import org.liaison.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * How fast the partners grid answers with 100,000 organisations: the first page, a text
 * search over every name and a country filter, as the grid asks for them (50 rows, no
 * count). Run with {@code ./mvnw test -Pbench} (H2) or
 * {@code ./mvnw test -Pbench,postgres}; it prints the figures and asserts nothing about
 * time.
 */
@SpringBootTest
@WithMockUser(username = "bench", roles = "STAFF")
class PartnerSearchBenchmark {

	private static final int ORGANISATIONS = 100_000;

	private static final String[] WORDS = { "Institute", "Academy", "University", "Foundation", "Society", "Centre",
			"Glacier", "Ocean", "Desert", "Forest", "Quantum", "Botanical", "Maritime", "Polar", "Solar", "Alpine" };

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PartnerService partners;

	@Test
	void partnersGridWith100000Organisations() {
		seed();
		var page = PageRequest.of(0, 50, Sort.by("englishName", "id"));
		report("first page, sorted by name",
				() -> this.partners.search(PartnerFilter.none(), page).getNumberOfElements());
		report("text search 'glacier polar'",
				() -> this.partners.search(PartnerFilter.none().withText("glacier polar"), page).getNumberOfElements());
		report("text search in Chinese '冰川'",
				() -> this.partners.search(PartnerFilter.none().withText("冰川"), page).getNumberOfElements());
		report("country filter PK",
				() -> this.partners.search(new PartnerFilter(null, null, new CountryCode("PK"), null, null, null), page)
					.getNumberOfElements());
	}

	private void seed() {
		var countries = List.of("CN", "PK", "NO", "DE", "FR", "US", "GB", "JP", "KR", "BR");
		var now = Timestamp.from(Instant.now());
		var rows = new ArrayList<Object[]>();
		for (int i = 0; i < ORGANISATIONS; i++) {
			var english = "Bench " + WORDS[i % WORDS.length] + " " + WORDS[(i / 16) % WORDS.length] + " " + i;
			var chinese = (i % 3 == 0) ? "测试冰川研究所" + i : null;
			var search = Names.normalise(english) + ((chinese != null) ? " | " + chinese : "");
			rows.add(new Object[] { english, chinese, "RESEARCH_INSTITUTE", countries.get(i % countries.size()),
					"ACTIVE", search, now, now });
			if (rows.size() == 5_000) {
				insert(rows);
				rows.clear();
			}
		}
		insert(rows);
	}

	private void insert(List<Object[]> rows) {
		this.jdbc.batchUpdate("insert into organisation (english_name, chinese_name, type, country_code, status, "
				+ "search_text, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	private static void report(String what, Supplier<Integer> query) {
		for (int i = 0; i < 3; i++) {
			query.get();
		}
		var times = new long[10];
		var rows = 0;
		for (int i = 0; i < times.length; i++) {
			var start = System.nanoTime();
			rows = query.get();
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		System.out.printf("[bench] %-36s rows=%2d  median %6.1f ms  max %6.1f ms%n", what, rows, times[5] / 1e6,
				times[9] / 1e6);
	}

}
