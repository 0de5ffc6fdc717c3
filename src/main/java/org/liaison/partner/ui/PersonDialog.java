package org.liaison.partner.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.PartnerService;
import org.liaison.partner.PersonDetails;
import org.liaison.partner.PersonForm;
import org.liaison.partner.PersonService;
import org.liaison.shared.ui.Notifications;
import org.liaison.shared.ui.UserFacingErrors;

/**
 * Creates or edits a person with the positions held; likely duplicates are shown before a
 * new person is saved.
 */
class PersonDialog extends Dialog {

	private final PersonService people;

	private final @Nullable PersonDetails existing;

	private final Consumer<PersonDetails> onSaved;

	private final TextField latinName = new TextField();

	private final TextField chineseName = new TextField();

	private final EmailField email = new EmailField();

	private final TextField phone = new TextField();

	private final TextArea notes = new TextArea();

	private final PositionsEditor positions;

	PersonDialog(PersonService people, PartnerService partners, @Nullable PersonDetails existing,
			Consumer<PersonDetails> onSaved) {
		this.people = people;
		this.existing = existing;
		this.onSaved = onSaved;
		setHeaderTitle(getTranslation((existing == null) ? "person.new.title" : "person.edit.title"));
		setWidth("min(60rem, 96vw)");
		this.latinName.setLabel(getTranslation("person.latin-name"));
		this.latinName.setRequiredIndicatorVisible(true);
		this.latinName.setId("latin-name");
		this.chineseName.setLabel(getTranslation("person.chinese-name"));
		this.chineseName.setId("person-chinese-name");
		this.email.setLabel(getTranslation("person.email"));
		this.email.setErrorMessage(getTranslation("person.error.email-invalid"));
		this.phone.setLabel(getTranslation("person.phone"));
		this.phone.setPattern("\\+?[0-9 ()./-]{5,30}");
		this.phone.setErrorMessage(getTranslation("person.error.phone-invalid"));
		this.notes.setLabel(getTranslation("person.notes"));
		this.notes.setMaxLength(4000);
		var form = new FormLayout(this.latinName, this.chineseName, this.email, this.phone, this.notes);
		form.setColspan(this.notes, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
		this.positions = new PositionsEditor(partners, (existing != null) ? existing.positionHistory() : List.of());
		add(form, new H3(getTranslation("person.positions")), this.positions);
		if (existing != null) {
			var values = existing.form();
			this.latinName.setValue(values.latinName());
			this.chineseName.setValue(orEmpty(values.chineseName()));
			this.email.setValue(orEmpty(values.email()));
			this.phone.setValue(orEmpty(values.phone()));
			this.notes.setValue(orEmpty(values.notes()));
		}
		var save = new Button(getTranslation("action.save"), (event) -> save(false));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("save-person");
		getFooter().add(new Button(getTranslation("action.cancel"), (event) -> close()), save);
	}

	private void save(boolean duplicatesConfirmed) {
		this.latinName.setInvalid(this.latinName.isEmpty());
		this.latinName.setErrorMessage(getTranslation("person.error.name-required"));
		var positionForms = this.positions.value();
		if (this.latinName.isInvalid() || this.email.isInvalid() || this.phone.isInvalid() || positionForms.isEmpty()) {
			return;
		}
		var form = new PersonForm(this.latinName.getValue(), this.chineseName.getValue(), this.email.getValue(),
				this.phone.getValue(), this.notes.getValue(), positionForms.get());
		if (!duplicatesConfirmed
				&& (this.existing == null || !form.allNames().equals(this.existing.form().allNames()))) {
			var duplicates = this.people.likelyDuplicates(form, (this.existing != null) ? this.existing.id() : null);
			if (!duplicates.isEmpty()) {
				new DuplicateWarningDialog(duplicates, PersonView.class, () -> save(true)).open();
				return;
			}
		}
		try {
			var saved = (this.existing == null) ? this.people.create(form)
					: this.people.update(this.existing.id(), this.existing.version(), form);
			Notifications.success(getTranslation("partner.saved", saved.summary().latinName()));
			close();
			this.onSaved.accept(saved);
		}
		catch (RuntimeException ex) {
			Notifications.error(UserFacingErrors.messageFor(getUI().orElseThrow(), ex));
		}
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
