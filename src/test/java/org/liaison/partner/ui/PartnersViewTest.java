package org.liaison.partner.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import org.liaison.partner.PartnerSummary;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the demo partners of the seed bulletins. */
@SpringBootTest
@WithMockUser(username = "staff", roles = "STAFF")
class PartnersViewTest extends SpringBrowserlessTest {

	@Test
	void listsThePartnersAndFindsThemByChineseNameOrAbbreviation() {
		navigate(PartnersView.class);
		assertThat(names()).contains("Beijing Academy of Science and Technology", "Pakistan Science Foundation");

		test($(TextField.class).id("partner-search")).setValue("北京工商");
		assertThat(names()).containsExactly("Beijing Technology and Business University");

		test($(TextField.class).id("partner-search")).setValue("pastic");
		assertThat(names()).containsExactly("Pakistan Science and Technology Information Center");
	}

	@Test
	void warnsOfALikelyDuplicateBeforeSaving() {
		navigate(PartnersView.class);
		test($(Button.class).id("new-partner")).click();
		test($(TextField.class).id("english-name")).setValue("BAST");
		test($(Button.class).id("save-partner")).click();

		var warning = $(DuplicateWarningDialog.class).single();
		assertThat($(Anchor.class, warning).all()).extracting(Anchor::getText)
			.contains("Beijing Association for Science and Technology");
		test($(Button.class, warning).withText("Back to the form").single()).click();
		assertThat($(Dialog.class).all()).hasSize(1);
	}

	@Test
	void aNewPartnerWithoutDuplicatesIsSavedAndListed() {
		navigate(PartnersView.class);
		test($(Button.class).id("new-partner")).click();
		test($(TextField.class).id("english-name")).setValue("Fictional Institute of Polar Lichens");
		test($(TextField.class).id("abbreviations")).setValue("FIPL; 虚构地衣所");
		test($(Button.class).id("save-partner")).click();

		assertThat($(Dialog.class).all()).isEmpty();
		assertThat(getCurrentView()).isInstanceOf(PartnerView.class);
		navigate(PartnersView.class);
		test($(TextField.class).id("partner-search")).setValue("虚构地衣");
		assertThat(names()).containsExactly("Fictional Institute of Polar Lichens");
	}

	@Test
	void anEmptyNameIsShownOnTheField() {
		navigate(PartnersView.class);
		test($(Button.class).id("new-partner")).click();
		test($(Button.class).id("save-partner")).click();
		var name = $(TextField.class).id("english-name");
		assertThat(name.isInvalid()).isTrue();
		assertThat(name.getErrorMessage()).isEqualTo("Enter the official English name");
	}

	@SuppressWarnings("unchecked")
	private List<String> names() {
		Grid<PartnerSummary> grid = $(Grid.class).single();
		var tester = test(grid);
		return IntStream.range(0, tester.size()).mapToObj((i) -> tester.getRow(i).englishName()).toList();
	}

}
