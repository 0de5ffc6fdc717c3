package org.liaison.partner.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;

import org.liaison.partner.OrganisationType;
import org.liaison.partner.PartnerStatus;
import org.liaison.shared.CountryCode;

/**
 * The choice fields the partner views share: type, country (by its name in the user's
 * language), status.
 */
final class PartnerFields {

	private PartnerFields() {
	}

	static void types(Select<OrganisationType> select, boolean emptyAllowed) {
		select.setLabel(select.getTranslation("partner.type"));
		select.setItems(OrganisationType.values());
		select.setEmptySelectionAllowed(emptyAllowed);
		select.setItemLabelGenerator((type) -> (type != null) ? select.getTranslation(type.labelKey()) : "");
	}

	static void statuses(Select<PartnerStatus> select, boolean emptyAllowed) {
		select.setLabel(select.getTranslation("partner.status"));
		select.setItems(PartnerStatus.values());
		select.setEmptySelectionAllowed(emptyAllowed);
		select.setItemLabelGenerator((status) -> (status != null) ? select.getTranslation(status.labelKey()) : "");
	}

	static void countries(ComboBox<CountryCode> combo) {
		var locale = combo.getUI()
			.map((ui) -> ui.getLocale())
			.orElse(com.vaadin.flow.component.UI.getCurrent().getLocale());
		combo.setLabel(combo.getTranslation("partner.country"));
		combo
			.setItems(
					(country,
							filter) -> country.displayName(locale)
								.toLowerCase(locale)
								.contains(filter.toLowerCase(locale)) || country.code().equalsIgnoreCase(filter),
					CountryCode.all(locale));
		combo.setItemLabelGenerator((country) -> country.displayName(locale));
	}

}
