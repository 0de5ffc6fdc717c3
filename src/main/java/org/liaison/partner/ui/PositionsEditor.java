package org.liaison.partner.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

import org.liaison.partner.HeldTitle;
import org.liaison.partner.PartnerRef;
import org.liaison.partner.PartnerService;
import org.liaison.partner.PositionForm;

/**
 * The positions of a person: organisation, title, from and to; rows are added and
 * removed.
 */
class PositionsEditor extends Composite<Div> {

	private final PartnerService partners;

	private final Div rows = new Div();

	private final List<Row> entries = new ArrayList<>();

	PositionsEditor(PartnerService partners, List<HeldTitle> positions) {
		this.partners = partners;
		var add = new Button(getTranslation("person.position.add"), VaadinIcon.PLUS.create(), (event) -> addRow(null));
		add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		add.setId("add-position");
		getContent().add(this.rows, add);
		getContent().addClassName("liaison-positions-editor");
		positions.forEach(this::addRow);
	}

	private void addRow(HeldTitle existing) {
		var row = new Row();
		if (existing != null) {
			row.organisation.setValue(new PartnerRef(existing.organisationId(), existing.organisationName(), null));
			row.title.setValue(existing.title());
			row.from.setValue(existing.startDate());
			row.to.setValue(existing.endDate());
		}
		var remove = new Button(VaadinIcon.TRASH.create(), (event) -> {
			this.entries.remove(row);
			this.rows.remove(row.layout);
		});
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		remove.setAriaLabel(getTranslation("person.position.remove"));
		row.layout.add(row.organisation, row.title, row.from, row.to, remove);
		this.entries.add(row);
		this.rows.add(row.layout);
	}

	/**
	 * The positions as entered, or empty when a row lacks its organisation or title (the
	 * rows say which).
	 */
	Optional<List<PositionForm>> value() {
		var valid = true;
		var result = new ArrayList<PositionForm>();
		for (var row : this.entries) {
			row.organisation.setInvalid(row.organisation.isEmpty());
			row.title.setInvalid(row.title.isEmpty());
			var datesInOrder = row.from.isEmpty() || row.to.isEmpty()
					|| !row.to.getValue().isBefore(row.from.getValue());
			row.to.setInvalid(!datesInOrder);
			if (row.organisation.isEmpty() || row.title.isEmpty() || !datesInOrder) {
				valid = false;
				continue;
			}
			result.add(new PositionForm(row.organisation.getValue().id(), row.title.getValue(), row.from.getValue(),
					row.to.getValue()));
		}
		return valid ? Optional.of(result) : Optional.empty();
	}

	private final class Row {

		final ComboBox<PartnerRef> organisation = new ComboBox<>();

		final TextField title = new TextField();

		final DatePicker from = new DatePicker();

		final DatePicker to = new DatePicker();

		final Div layout = new Div();

		Row() {
			this.organisation.setPlaceholder(getTranslation("person.position.organisation"));
			this.organisation.setItems((query) -> PositionsEditor.this.partners
				.find(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
				.stream()
				.skip(query.getOffset()));
			this.organisation.setItemLabelGenerator(PartnerRef::englishName);
			this.organisation.setErrorMessage(getTranslation("person.position.organisation-required"));
			this.organisation.addClassName("liaison-position-organisation");
			this.title.setPlaceholder(getTranslation("person.position.title"));
			this.title.setErrorMessage(getTranslation("person.error.title-required"));
			this.title.setMaxLength(300);
			this.title.addClassName("liaison-position-title");
			this.from.setPlaceholder(getTranslation("person.position.from"));
			this.to.setPlaceholder(getTranslation("person.position.to"));
			this.to.setErrorMessage(getTranslation("person.error.end-before-start"));
			this.layout.addClassName("liaison-position-row");
		}

	}

}
