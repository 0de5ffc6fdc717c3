package org.liaison.security.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.liaison.security.PasswordPolicy;

/**
 * A new password and its repetition, checked against the password rules while the admin
 * types.
 */
final class PasswordFields {

	final PasswordField password = new PasswordField();

	final PasswordField confirmation = new PasswordField();

	private PasswordFields() {
	}

	/** Binds both fields to a form whose password is kept in {@code Draft#password}. */
	static <T extends Draft> PasswordFields bind(Binder<T> binder, Supplier<String> username) {
		var fields = new PasswordFields();
		fields.password.setLabel(fields.password.getTranslation("users.password"));
		fields.password
			.setHelperText(fields.password.getTranslation("users.password.helper", PasswordPolicy.MIN_LENGTH));
		fields.password.setValueChangeMode(ValueChangeMode.ON_BLUR);
		fields.password.setId("password");
		fields.confirmation.setLabel(fields.password.getTranslation("users.password.confirm"));
		fields.confirmation.setId("password-confirmation");
		binder.forField(fields.password)
			.asRequired(fields.password.getTranslation("users.password.required"))
			.withValidator(policy(fields.password, username))
			.bind(Draft::getPassword, Draft::setPassword);
		var confirmation = binder.forField(fields.confirmation)
			.asRequired(fields.password.getTranslation("users.password.required"))
			.withValidator((value) -> value.equals(fields.password.getValue()),
					fields.password.getTranslation("users.password.mismatch"))
			.bind(Draft::getPassword, (draft, value) -> {
				// the repetition is only checked, never kept
			});
		fields.password.addValueChangeListener((event) -> {
			if (!fields.confirmation.isEmpty()) {
				confirmation.validate();
			}
		});
		return fields;
	}

	private static Validator<String> policy(PasswordField field, Supplier<String> username) {
		return (value, context) -> PasswordPolicy.violation(value, username.get())
			.map((key) -> ValidationResult.error(field.getTranslation(key, PasswordPolicy.MIN_LENGTH)))
			.orElse(ValidationResult.ok());
	}

	/** The form bean of a dialog that sets a password. */
	static class Draft {

		private String password = "";

		String getPassword() {
			return this.password;
		}

		void setPassword(String password) {
			this.password = password;
		}

	}

}
