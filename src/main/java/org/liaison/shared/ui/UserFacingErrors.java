package org.liaison.shared.ui;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.liaison.shared.BusinessRuleException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Turns any error that reaches the UI into a message the user understands; the details go
 * to the log, under a reference the user can quote, never to the screen.
 */
public class UserFacingErrors implements ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(UserFacingErrors.class);

	@Override
	public void error(ErrorEvent event) {
		var ui = UI.getCurrent();
		if (ui == null) {
			log.error("Error outside a UI", event.getThrowable());
			return;
		}
		Notifications.error(messageFor(ui, event.getThrowable()));
	}

	/** The message for an error, in the UI's language. */
	public static String messageFor(UI ui, Throwable error) {
		var cause = rootOfInterest(error);
		if (cause instanceof BusinessRuleException rule) {
			return ui.getTranslation(rule.messageKey(), rule.arguments());
		}
		if (cause instanceof AccessDeniedException) {
			return ui.getTranslation("error.access-denied");
		}
		if (cause instanceof OptimisticLockingFailureException) {
			return ui.getTranslation("error.concurrent-change");
		}
		var reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error, reference {}", reference, error);
		return ui.getTranslation("error.unexpected", reference);
	}

	private static Throwable rootOfInterest(Throwable error) {
		for (var current = error; current != null; current = current.getCause()) {
			if (current instanceof BusinessRuleException || current instanceof AccessDeniedException
					|| current instanceof OptimisticLockingFailureException) {
				return current;
			}
		}
		return error;
	}

}
