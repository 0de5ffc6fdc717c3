package org.liaison.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;

import org.liaison.security.UserAccountService;
import org.liaison.security.UserSummary;
import org.liaison.shared.ui.Notifications;
import org.liaison.shared.ui.UserFacingErrors;

/** Sets a new password for an account, e.g. when its owner forgot it. */
class ResetPasswordDialog extends Dialog {

	ResetPasswordDialog(UserAccountService users, UserSummary user, Runnable onSaved) {
		setHeaderTitle(getTranslation("users.reset-password.title", user.username()));
		var binder = new Binder<PasswordFields.Draft>();
		var fields = PasswordFields.bind(binder, user::username);
		add(new FormLayout(fields.password, fields.confirmation));
		var save = new Button(getTranslation("users.reset-password.save"), (event) -> {
			var draft = new PasswordFields.Draft();
			if (!binder.writeBeanIfValid(draft)) {
				return;
			}
			try {
				users.resetPassword(user.id(), user.version(), draft.getPassword());
				Notifications.success(getTranslation("users.reset-password.done", user.username()));
				close();
				onSaved.run();
			}
			catch (RuntimeException ex) {
				Notifications.error(UserFacingErrors.messageFor(getUI().orElseThrow(), ex));
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("save-password");
		getFooter().add(new Button(getTranslation("action.cancel"), (event) -> close()), save);
	}

}
