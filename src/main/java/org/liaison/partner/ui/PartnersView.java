package org.liaison.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import org.liaison.partner.OrganisationType;
import org.liaison.partner.PartnerFilter;
import org.liaison.partner.PartnerService;
import org.liaison.partner.PartnerStatus;
import org.liaison.partner.PartnerSummary;
import org.liaison.security.Role;
import org.liaison.shared.CountryCode;
import org.liaison.shared.ui.BilingualName;
import org.liaison.shared.ui.ViewToolbar;
import org.springframework.data.domain.Sort;

/**
 * Every partner organisation: found by any of its names in either script, narrowed by
 * type, country, status, tag.
 */
@Route("partners")
@RolesAllowed(Role.Names.STAFF)
@Menu(order = 10, title = "nav.partners", icon = "vaadin:institution")
public class PartnersView extends VerticalLayout implements HasDynamicTitle {

	private final PartnerService partners;

	private final Grid<PartnerSummary> grid = new Grid<>();

	private final TextField search = new TextField();

	private final Select<OrganisationType> type = new Select<>();

	private final ComboBox<CountryCode> country = new ComboBox<>();

	private final Select<PartnerStatus> status = new Select<>();

	private final TextField tag = new TextField();

	public PartnersView(PartnerService partners) {
		this.partners = partners;
		addClassName("liaison-view");
		setSizeFull();
		var create = new Button(getTranslation("partners.new"), VaadinIcon.PLUS.create(),
				(event) -> new PartnerDialog(partners, null,
						(saved) -> getUI().ifPresent((ui) -> ui.navigate(PartnerView.class, saved.id())))
					.open());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.setId("new-partner");
		var importButton = new Button(getTranslation("partners.import"), VaadinIcon.UPLOAD.create(),
				(event) -> getUI().ifPresent((ui) -> ui.navigate(PartnerImportView.class)));
		importButton.setId("import-partners");
		add(new ViewToolbar(getTranslation("partners.title"), getTranslation("partners.description"), importButton,
				create));
		add(filters());
		configureGrid();
		addAndExpand(this.grid);
	}

	private Div filters() {
		this.search.setPlaceholder(getTranslation("partners.search"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setId("partner-search");
		this.search.setWidth("20rem");
		PartnerFields.types(this.type, true);
		this.type.setLabel(null);
		this.type.setEmptySelectionCaption(getTranslation("partners.filter.any-type"));
		this.type.setPlaceholder(getTranslation("partners.filter.any-type"));
		PartnerFields.countries(this.country);
		this.country.setLabel(null);
		this.country.setPlaceholder(getTranslation("partners.filter.any-country"));
		this.country.setClearButtonVisible(true);
		PartnerFields.statuses(this.status, true);
		this.status.setLabel(null);
		this.status.setEmptySelectionCaption(getTranslation("partners.filter.any-status"));
		this.status.setPlaceholder(getTranslation("partners.filter.any-status"));
		this.tag.setPlaceholder(getTranslation("partners.filter.tag"));
		this.tag.setClearButtonVisible(true);
		this.tag.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.addValueChangeListener((event) -> refresh());
		this.type.addValueChangeListener((event) -> refresh());
		this.country.addValueChangeListener((event) -> refresh());
		this.status.addValueChangeListener((event) -> refresh());
		this.tag.addValueChangeListener((event) -> refresh());
		var bar = new Div(this.search, this.type, this.country, this.status, this.tag);
		bar.addClassName("liaison-filter-bar");
		return bar;
	}

	private void configureGrid() {
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addComponentColumn(this::name)
			.setHeader(getTranslation("partner.name"))
			.setSortProperty("englishName")
			.setFlexGrow(3);
		this.grid.addColumn((partner) -> String.join(", ", partner.abbreviations()))
			.setHeader(getTranslation("partner.abbreviations"))
			.setAutoWidth(true);
		this.grid.addColumn((partner) -> getTranslation(partner.type().labelKey()))
			.setHeader(getTranslation("partner.type"))
			.setSortProperty("type")
			.setAutoWidth(true);
		this.grid.addColumn((partner) -> (partner.country() != null) ? partner.country().displayName(getLocale()) : "")
			.setHeader(getTranslation("partner.country"))
			.setSortProperty("country")
			.setAutoWidth(true);
		this.grid.addColumn((partner) -> (partner.city() != null) ? partner.city() : "")
			.setHeader(getTranslation("partner.city"))
			.setSortProperty("city")
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::status)
			.setHeader(getTranslation("partner.status"))
			.setSortProperty("status");
		this.grid.setItems((query) -> this.partners
			.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(sortOr(query)))
			.stream());
		this.grid.addItemClickListener(
				(event) -> getUI().ifPresent((ui) -> ui.navigate(PartnerView.class, event.getItem().id())));
	}

	private static Sort sortOr(com.vaadin.flow.data.provider.Query<?, ?> query) {
		var sort = VaadinSpringDataHelpers.toSpringDataSort(query);
		return sort.isSorted() ? sort.and(Sort.by("id")) : Sort.by("englishName", "id");
	}

	private Div name(PartnerSummary partner) {
		return BilingualName.of(partner.englishName(), partner.chineseName());
	}

	private Span status(PartnerSummary partner) {
		var badge = new Span(getTranslation(partner.status().labelKey()));
		badge.addClassNames("liaison-badge", "liaison-status-" + partner.status().name().toLowerCase());
		return badge;
	}

	private PartnerFilter filter() {
		return new PartnerFilter(this.search.getValue(), this.type.getValue(), this.country.getValue(),
				this.status.getValue(), this.tag.getValue(), null);
	}

	private void refresh() {
		this.grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("partners.title") + " · " + getTranslation("app.name");
	}

}
