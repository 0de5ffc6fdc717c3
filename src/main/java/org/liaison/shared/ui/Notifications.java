package org.liaison.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The two kinds of message a view gives after an action: it worked, or it did not and
 * why.
 */
public final class Notifications {

	private Notifications() {
	}

	public static void success(String message) {
		show(message, NotificationVariant.LUMO_SUCCESS, 4000);
	}

	public static void error(String message) {
		show(message, NotificationVariant.LUMO_ERROR, 8000);
	}

	private static void show(String message, NotificationVariant variant, int duration) {
		var notification = Notification.show(message, duration, Notification.Position.BOTTOM_END);
		notification.addThemeVariants(variant);
	}

}
