package org.liaison.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.jspecify.annotations.Nullable;
import org.liaison.security.NewUser;
import org.liaison.security.Role;
import org.liaison.security.UserAccountService;
import org.liaison.shared.BusinessRuleException;
import org.liaison.shared.Language;
import org.liaison.shared.ui.Notifications;
import org.liaison.shared.ui.UserFacingErrors;

/** Creates an account: login name, name, role, language and a first password. */
class NewUserDialog extends Dialog {

	private final TextField username = new TextField();

	private final Binder<Form> binder = new Binder<>();

	NewUserDialog(UserAccountService users, Runnable onSaved) {
		setHeaderTitle(getTranslation("users.new.title"));
		setWidth("min(40rem, 95vw)");
		this.username.setLabel(getTranslation("users.username"));
		this.username.setHelperText(getTranslation("users.username.helper"));
		this.username.setId("username");
		var displayName = new TextField(getTranslation("users.display-name"));
		displayName.setId("display-name");
		var role = new Select<Role>();
		role.setLabel(getTranslation("users.role"));
		role.setItems(Role.values());
		role.setItemLabelGenerator((value) -> getTranslation(value.labelKey()));
		role.setId("role");
		var language = new Select<Language>();
		language.setLabel(getTranslation("users.language"));
		language.setItems(Language.values());
		language.setItemLabelGenerator((value) -> (value != null) ? value.nativeName() : "");
		language.setEmptySelectionAllowed(true);
		language.setEmptySelectionCaption(getTranslation("users.language.browser"));
		this.binder.forField(this.username)
			.asRequired(getTranslation("users.username.required"))
			.bind(Form::getUsername, Form::setUsername);
		this.binder.forField(displayName)
			.asRequired(getTranslation("users.display-name.required"))
			.bind(Form::getDisplayName, Form::setDisplayName);
		this.binder.forField(role).asRequired().bind(Form::getRole, Form::setRole);
		this.binder.forField(language).bind(Form::getLanguage, Form::setLanguage);
		var passwords = PasswordFields.bind(this.binder, this.username::getValue);
		var form = new FormLayout(this.username, displayName, role, language, passwords.password,
				passwords.confirmation);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
		add(form);
		this.binder.readBean(new Form());
		var save = new Button(getTranslation("users.new.save"), (event) -> save(users, onSaved));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("save-user");
		getFooter().add(new Button(getTranslation("action.cancel"), (event) -> close()), save);
	}

	private void save(UserAccountService users, Runnable onSaved) {
		var form = new Form();
		if (!this.binder.writeBeanIfValid(form)) {
			return;
		}
		try {
			var created = users.create(new NewUser(form.getUsername(), form.getDisplayName(), form.getRole(),
					form.getLanguage(), form.getPassword()));
			Notifications.success(getTranslation("users.created.notification", created.username()));
			close();
			onSaved.run();
		}
		catch (BusinessRuleException ex) {
			if (ex.messageKey().startsWith("users.error.username")) {
				this.username.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
				this.username.setInvalid(true);
			}
			else {
				Notifications.error(UserFacingErrors.messageFor(getUI().orElseThrow(), ex));
			}
		}
	}

	/** The form bean; the repetition of the password is only checked, never kept. */
	static final class Form extends PasswordFields.Draft {

		private String username = "";

		private String displayName = "";

		private Role role = Role.STAFF;

		private @Nullable Language language;

		String getUsername() {
			return this.username;
		}

		void setUsername(String username) {
			this.username = username;
		}

		String getDisplayName() {
			return this.displayName;
		}

		void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		Role getRole() {
			return this.role;
		}

		void setRole(Role role) {
			this.role = role;
		}

		@Nullable Language getLanguage() {
			return this.language;
		}

		void setLanguage(@Nullable Language language) {
			this.language = language;
		}

	}

}
