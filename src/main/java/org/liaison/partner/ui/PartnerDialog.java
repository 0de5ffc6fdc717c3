package org.liaison.partner.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.OrganisationType;
import org.liaison.partner.PartnerDetails;
import org.liaison.partner.PartnerForm;
import org.liaison.partner.PartnerRef;
import org.liaison.partner.PartnerService;
import org.liaison.partner.PartnerStatus;
import org.liaison.security.UserRef;
import org.liaison.shared.BusinessRuleException;
import org.liaison.shared.CountryCode;
import org.liaison.shared.ui.Notifications;
import org.liaison.shared.ui.UserFacingErrors;

/**
 * Creates or edits an organisation. Before a new name is saved, likely duplicates are
 * shown: the user opens the existing partner or saves anyway.
 */
class PartnerDialog extends Dialog {

	private final PartnerService partners;

	private final @Nullable PartnerDetails existing;

	private final Consumer<PartnerDetails> onSaved;

	private final Binder<PartnerDraft> binder = new Binder<>();

	private final TextField englishName = new TextField();

	private final List<UserRef> owners;

	PartnerDialog(PartnerService partners, @Nullable PartnerDetails existing, Consumer<PartnerDetails> onSaved) {
		this.partners = partners;
		this.existing = existing;
		this.onSaved = onSaved;
		this.owners = partners.possibleOwners();
		setHeaderTitle(getTranslation((existing == null) ? "partner.new.title" : "partner.edit.title"));
		setWidth("min(56rem, 96vw)");
		add(form());
		var draft = (existing != null) ? PartnerDraft.of(existing, owner(existing)) : new PartnerDraft();
		this.binder.readBean(draft);
		var save = new Button(getTranslation("action.save"), (event) -> save(false));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("save-partner");
		getFooter().add(new Button(getTranslation("action.cancel"), (event) -> close()), save);
	}

	private FormLayout form() {
		this.englishName.setLabel(getTranslation("partner.english-name"));
		this.englishName.setId("english-name");
		this.englishName.setMaxLength(300);
		var chineseName = text("partner.chinese-name", "chinese-name");
		var abbreviations = text("partner.abbreviations", "abbreviations");
		abbreviations.setHelperText(getTranslation("partner.list.helper"));
		var aliases = text("partner.aliases", "aliases");
		aliases.setHelperText(getTranslation("partner.list.helper"));
		var formerNames = text("partner.former-names", "former-names");
		var type = new Select<OrganisationType>();
		PartnerFields.types(type, false);
		type.setId("type");
		var country = new ComboBox<CountryCode>();
		PartnerFields.countries(country);
		country.setId("country");
		var city = text("partner.city", "city");
		var website = text("partner.website", "website");
		website.setPlaceholder("https://");
		var parent = new ComboBox<PartnerRef>(getTranslation("partner.parent"));
		parent
			.setItems((query) -> this.partners.find(query.getFilter().orElse(""), query.getLimit() + query.getOffset())
				.stream()
				.skip(query.getOffset()));
		parent.setItemLabelGenerator(PartnerRef::englishName);
		parent.setClearButtonVisible(true);
		var status = new Select<PartnerStatus>();
		PartnerFields.statuses(status, false);
		var owner = new Select<UserRef>();
		owner.setLabel(getTranslation("partner.owner"));
		owner.setItems(this.owners);
		owner.setItemLabelGenerator((user) -> (user != null) ? user.displayName() : "");
		owner.setEmptySelectionAllowed(true);
		var tags = text("partner.tags", "tags");
		tags.setHelperText(getTranslation("partner.list.helper"));
		var notes = new TextArea(getTranslation("partner.notes"));
		notes.setMaxLength(4000);
		this.binder.forField(this.englishName)
			.asRequired(getTranslation("partner.error.english-name-required"))
			.bind((d) -> d.englishName, (d, v) -> d.englishName = v);
		this.binder.forField(chineseName).bind((d) -> d.chineseName, (d, v) -> d.chineseName = v);
		this.binder.forField(abbreviations).bind((d) -> d.abbreviations, (d, v) -> d.abbreviations = v);
		this.binder.forField(aliases).bind((d) -> d.aliases, (d, v) -> d.aliases = v);
		this.binder.forField(formerNames).bind((d) -> d.formerNames, (d, v) -> d.formerNames = v);
		this.binder.forField(type).asRequired().bind((d) -> d.type, (d, v) -> d.type = v);
		this.binder.forField(country).bind((d) -> d.country, (d, v) -> d.country = v);
		this.binder.forField(city).bind((d) -> d.city, (d, v) -> d.city = v);
		this.binder.forField(website)
			.withValidator((value) -> value.isBlank() || value.matches("(?i)https?://[^\\s/$.?#][^\\s]*"),
					getTranslation("partner.error.website-invalid"))
			.bind((d) -> d.website, (d, v) -> d.website = v);
		this.binder.forField(parent).bind((d) -> d.parent, (d, v) -> d.parent = v);
		this.binder.forField(status).asRequired().bind((d) -> d.status, (d, v) -> d.status = v);
		this.binder.forField(owner).bind((d) -> d.owner, (d, v) -> d.owner = v);
		this.binder.forField(tags).bind((d) -> d.tags, (d, v) -> d.tags = v);
		this.binder.forField(notes).bind((d) -> d.notes, (d, v) -> d.notes = v);
		var layout = new FormLayout(this.englishName, chineseName, abbreviations, aliases, formerNames, type, country,
				city, website, parent, status, owner, tags, notes);
		layout.setColspan(this.englishName, 2);
		layout.setColspan(notes, 2);
		layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
		return layout;
	}

	private TextField text(String labelKey, String id) {
		var field = new TextField(getTranslation(labelKey));
		field.setId(id);
		return field;
	}

	private @Nullable UserRef owner(PartnerDetails details) {
		var ownerId = details.form().ownerUserId();
		return this.owners.stream().filter((user) -> ownerId != null && user.id() == ownerId).findFirst().orElse(null);
	}

	private void save(boolean duplicatesConfirmed) {
		var draft = new PartnerDraft();
		if (!this.binder.writeBeanIfValid(draft)) {
			return;
		}
		var form = draft.toForm();
		if (!duplicatesConfirmed && namesChanged(form)) {
			var duplicates = this.partners.likelyDuplicates(form, (this.existing != null) ? this.existing.id() : null);
			if (!duplicates.isEmpty()) {
				new DuplicateWarningDialog(duplicates, PartnerView.class, () -> save(true)).open();
				return;
			}
		}
		try {
			var saved = (this.existing == null) ? this.partners.create(form)
					: this.partners.update(this.existing.id(), this.existing.version(), form);
			Notifications.success(getTranslation("partner.saved", saved.summary().englishName()));
			close();
			this.onSaved.accept(saved);
		}
		catch (BusinessRuleException ex) {
			if (ex.messageKey().startsWith("partner.error.english-name")) {
				this.englishName.setErrorMessage(getTranslation(ex.messageKey()));
				this.englishName.setInvalid(true);
				return;
			}
			Notifications.error(UserFacingErrors.messageFor(getUI().orElseThrow(), ex));
		}
		catch (RuntimeException ex) {
			Notifications.error(UserFacingErrors.messageFor(getUI().orElseThrow(), ex));
		}
	}

	private boolean namesChanged(PartnerForm form) {
		return this.existing == null || !form.allNames().equals(this.existing.form().allNames());
	}

}
