package org.liaison.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import org.liaison.partner.HeldTitle;
import org.liaison.partner.PartnerService;
import org.liaison.partner.PersonService;
import org.liaison.partner.PersonSummary;
import org.liaison.security.Role;
import org.liaison.shared.ui.BilingualName;
import org.liaison.shared.ui.ViewToolbar;
import org.springframework.data.domain.Sort;

/**
 * The people at partner organisations, found by name in either script, with their current
 * titles.
 */
@Route("people")
@RolesAllowed(Role.Names.STAFF)
@Menu(order = 20, title = "nav.people", icon = "vaadin:users")
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

	private final PersonService people;

	private final Grid<PersonSummary> grid = new Grid<>();

	private final TextField search = new TextField();

	public PeopleView(PersonService people, PartnerService partners) {
		this.people = people;
		addClassName("liaison-view");
		setSizeFull();
		var create = new Button(getTranslation("people.new"), VaadinIcon.PLUS.create(),
				(event) -> new PersonDialog(people, partners, null,
						(saved) -> getUI().ifPresent((ui) -> ui.navigate(PersonView.class, saved.id())))
					.open());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.setId("new-person");
		add(new ViewToolbar(getTranslation("people.title"), getTranslation("people.description"), create));
		this.search.setPlaceholder(getTranslation("people.search"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setWidth("20rem");
		this.search.setId("person-search");
		this.search.addValueChangeListener((event) -> refresh());
		add(this.search);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addComponentColumn(this::name)
			.setHeader(getTranslation("person.name"))
			.setSortProperty("latinName")
			.setFlexGrow(1);
		this.grid.addComponentColumn(this::titles).setHeader(getTranslation("person.current-titles")).setFlexGrow(3);
		this.grid.setItems(
				(query) -> this.people
					.search(this.search.getValue(),
							VaadinSpringDataHelpers
								.toSpringPageRequest(query)
								.withSort(VaadinSpringDataHelpers.toSpringDataSort(query)
									.and(Sort.by("latinName", "id"))))
					.stream());
		this.grid.addItemClickListener(
				(event) -> getUI().ifPresent((ui) -> ui.navigate(PersonView.class, event.getItem().id())));
		addAndExpand(this.grid);
	}

	private Div name(PersonSummary person) {
		return BilingualName.of(person.latinName(), person.chineseName());
	}

	private Div titles(PersonSummary person) {
		var titles = new Div();
		titles.addClassName("liaison-name-cell");
		person.currentTitles().stream().map(HeldTitle::describe).map(Span::new).forEach(titles::add);
		return titles;
	}

	private void refresh() {
		this.grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("people.title") + " · " + getTranslation("app.name");
	}

}
