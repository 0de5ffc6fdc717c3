package org.liaison.partner.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import org.liaison.partner.HeldTitle;
import org.liaison.partner.PartnerRef;
import org.liaison.partner.PersonSummary;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the demo people of the seed bulletins. */
@SpringBootTest
@WithMockUser(username = "staff", roles = "STAFF")
class PeopleViewTest extends SpringBrowserlessTest {

	@Test
	void listsThePeopleWithTheirCurrentTitles() {
		navigate(PeopleView.class);
		var wangLi = rows().stream().filter((person) -> person.latinName().equals("Wang Li")).findFirst().orElseThrow();
		assertThat(wangLi.currentTitles()).extracting(HeldTitle::describe)
			.containsExactly("Deputy Secretary of the Leading Party Members Group and Vice President, "
					+ "Beijing Academy of Science and Technology");
		test($(TextField.class).id("person-search")).setValue("shen");
		assertThat(rows()).extracting(PersonSummary::latinName).containsExactly("Shen Jie");
	}

	@Test
	void createsAPersonWithAPosition() {
		var psf = pakistanScienceFoundationId();
		navigate(PeopleView.class);
		test($(Button.class).id("new-person")).click();
		test($(TextField.class).id("latin-name")).setValue("Orla Fictional");
		test($(TextField.class).id("person-chinese-name")).setValue("奥拉");
		test($(Button.class).id("add-position")).click();
		@SuppressWarnings("unchecked")
		ComboBox<PartnerRef> organisation = $(ComboBox.class).withClassName("liaison-position-organisation").single();
		organisation.setValue(new PartnerRef(psf, "Pakistan Science Foundation", null));
		test($(TextField.class).withClassName("liaison-position-title").single())
			.setValue("Fictional Programme Officer");
		test($(Button.class).id("save-person")).click();

		assertThat($(Dialog.class).all()).isEmpty();
		assertThat(getCurrentView()).isInstanceOf(PersonView.class);
		navigate(PeopleView.class);
		test($(TextField.class).id("person-search")).setValue("奥拉");
		assertThat(rows()).singleElement()
			.satisfies((person) -> assertThat(person.currentTitles()).extracting(HeldTitle::describe)
				.containsExactly("Fictional Programme Officer, Pakistan Science Foundation"));
	}

	@Test
	void aPositionWithoutTitleIsMarkedAndNothingIsSaved() {
		navigate(PeopleView.class);
		test($(Button.class).id("new-person")).click();
		test($(TextField.class).id("latin-name")).setValue("Nobody Saved");
		test($(Button.class).id("add-position")).click();
		test($(Button.class).id("save-person")).click();

		assertThat($(TextField.class).withClassName("liaison-position-title").single().isInvalid()).isTrue();
		assertThat($(Dialog.class).all()).hasSize(1);
	}

	private long pakistanScienceFoundationId() {
		navigate(PartnersView.class);
		test($(TextField.class).id("partner-search")).setValue("PSF");
		@SuppressWarnings("unchecked")
		Grid<org.liaison.partner.PartnerSummary> grid = $(Grid.class).single();
		return test(grid).getRow(0).id();
	}

	@SuppressWarnings("unchecked")
	private List<PersonSummary> rows() {
		Grid<PersonSummary> grid = $(Grid.class).single();
		var tester = test(grid);
		return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
	}

}
