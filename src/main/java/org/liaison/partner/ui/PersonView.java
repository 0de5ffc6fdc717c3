package org.liaison.partner.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import org.liaison.partner.HeldTitle;
import org.liaison.partner.PartnerService;
import org.liaison.partner.PersonDetails;
import org.liaison.partner.PersonService;
import org.liaison.security.Role;
import org.liaison.shared.BusinessRuleException;
import org.liaison.shared.ui.Fact;
import org.liaison.shared.ui.ViewToolbar;

/** One person: contact details and every position held, current ones first. */
@Route("people")
@RolesAllowed(Role.Names.STAFF)
public class PersonView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

	private final PersonService people;

	private final PartnerService partners;

	private String title = "";

	public PersonView(PersonService people, PartnerService partners) {
		this.people = people;
		this.partners = partners;
		addClassName("liaison-view");
	}

	@Override
	public void setParameter(BeforeEvent event, Long id) {
		try {
			show(this.people.get(id));
		}
		catch (BusinessRuleException ex) {
			event.rerouteToError(NotFoundException.class);
		}
	}

	private void show(PersonDetails person) {
		removeAll();
		var summary = person.summary();
		this.title = summary.latinName();
		var edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
				(event) -> new PersonDialog(this.people, this.partners, person, this::show).open());
		edit.setId("edit-person");
		add(new ViewToolbar(summary.latinName(), (summary.chineseName() != null) ? summary.chineseName() : "", edit));
		var form = person.form();
		var contact = new Div(new H2(getTranslation("person.section.contact")), fact("person.email", form.email()),
				fact("person.phone", form.phone()), fact("person.notes", form.notes()));
		contact.addClassName("liaison-card");
		var history = new Div(new H2(getTranslation("person.positions")));
		history.addClassNames("liaison-card", "liaison-wide");
		if (person.positionHistory().isEmpty()) {
			history.add(new Paragraph(getTranslation("partner.none")));
		}
		else {
			history.add(positions(person));
		}
		var sections = new Div(history, contact);
		sections.addClassName("liaison-sections");
		add(sections);
	}

	private Grid<HeldTitle> positions(PersonDetails person) {
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
		var grid = new Grid<HeldTitle>();
		grid.addColumn(HeldTitle::title).setHeader(getTranslation("person.position.title")).setFlexGrow(2);
		grid.addComponentColumn(
				(held) -> new RouterLink(held.organisationName(), PartnerView.class, held.organisationId()))
			.setHeader(getTranslation("person.position.organisation"))
			.setFlexGrow(2);
		grid.addColumn((held) -> (held.startDate() != null) ? dates.format(held.startDate()) : "—")
			.setHeader(getTranslation("person.position.from"))
			.setAutoWidth(true);
		grid.addColumn((held) -> (held.endDate() != null) ? dates.format(held.endDate())
				: (held.startDate() != null) ? getTranslation("person.position.now") : "—")
			.setHeader(getTranslation("person.position.to"))
			.setAutoWidth(true);
		grid.setItems(person.positionHistory());
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setId("position-history");
		return grid;
	}

	private Div fact(String labelKey, String value) {
		return Fact.of(getTranslation(labelKey), value);
	}

	@Override
	public String getPageTitle() {
		return this.title + " · " + getTranslation("app.name");
	}

}
