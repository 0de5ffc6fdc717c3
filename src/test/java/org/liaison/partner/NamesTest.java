package org.liaison.partner;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With the names of the seed bulletins. */
class NamesTest {

	@Test
	void caseAndPunctuationAndAmpersandMakeNoDifference() {
		assertThat(Names.normalise("The Beijing Association for Science & Technology"))
			.isEqualTo(Names.normalise("beijing association for science and technology"));
		assertThat(Names.normalise("Leading Party Members’ Group")).isEqualTo("leading party members group");
		assertThat(Names.compact("B.A.S.T.")).isEqualTo("bast");
	}

	@Test
	void fullWidthCharactersAreTheirPlainForms() {
		assertThat(Names.compact("ＢＪＡＳＴ")).isEqualTo("bjast");
		assertThat(Names.compact("北京市科学技术研究院（BJAST）")).isEqualTo("北京市科学技术研究院bjast");
	}

	@Test
	void chineseNamesKeepTheirCharacters() {
		assertThat(Names.compact("北京市科学技术研究院")).isEqualTo("北京市科学技术研究院");
		assertThat(Names.acronym("北京市科学技术研究院")).isEmpty();
	}

	@Test
	void acronymsSkipMinorWordsAndSplitHyphens() {
		assertThat(Names.acronym("Beijing Association for Science and Technology")).contains("bast");
		assertThat(Names.acronym("China-Pakistan Economic Corridor")).contains("cpec");
		assertThat(Names.acronym("Pakistan Science Foundation")).contains("psf");
		assertThat(Names.acronym("BJAST")).isEmpty();
	}

	@Test
	void anAbbreviationFindsItsFullName() {
		var stored = MatchKeys.of(List.of("Beijing Association for Science and Technology", "北京市科学技术协会"));
		assertThat(MatchKeys.lookup(List.of("BAST"))).containsAnyElementsOf(stored);
		assertThat(MatchKeys.lookup(List.of("北京市科学技术协会"))).containsAnyElementsOf(stored);
	}

	@Test
	void aFullNameFindsTheRecordThatHasOnlyItsAbbreviation() {
		var stored = MatchKeys.of(List.of("CPEC Science Communication Network", "CPEC-SCN"));
		assertThat(MatchKeys.lookup(List.of("The CPEC Science Communication Network"))).containsAnyElementsOf(stored);
	}

	@Test
	void twoDifferentNamesWithTheSameAcronymAreNoDuplicates() {
		var academy = MatchKeys.of(List.of("Beijing Academy of Science and Technology", "BJAST"));
		assertThat(MatchKeys.lookup(List.of("Beijing Association for Science and Technology")))
			.doesNotContainAnyElementsOf(academy);
	}

	@Test
	void unrelatedPartnersDoNotMatch() {
		var foundation = MatchKeys.of(List.of("Pakistan Science Foundation", "PSF"));
		assertThat(MatchKeys.lookup(List.of("Pakistan Science and Technology Information Center", "PASTIC")))
			.doesNotContainAnyElementsOf(foundation);
	}

}
