package org.liaison.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.liaison.shared.CurrentUserProfile;
import org.springframework.stereotype.Component;

/**
 * Sets up each session and UI: errors reach the user as messages, and a logged-in user
 * sees the language chosen last time.
 */
@Component
class LiaisonUiInitializer implements VaadinServiceInitListener {

	private final CurrentUserProfile profiles;

	LiaisonUiInitializer(CurrentUserProfile profiles) {
		this.profiles = profiles;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener((init) -> init.getSession().setErrorHandler(new UserFacingErrors()));
		event.getSource().addUIInitListener((init) -> this.profiles.current().ifPresent((profile) -> {
			if (profile.language() != null) {
				init.getUI().getSession().setLocale(profile.language().locale());
			}
		}));
	}

}
