package org.liaison.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.jspecify.annotations.Nullable;

/**
 * A name as written in Latin script with, under it, the name in Chinese characters when
 * there is one.
 */
public final class BilingualName {

	private BilingualName() {
	}

	public static Div of(String latin, @Nullable String chinese) {
		var primary = new Span(latin);
		primary.addClassName("liaison-primary-name");
		var name = new Div(primary);
		if (chinese != null) {
			var secondary = new Span(chinese);
			secondary.addClassName("liaison-secondary-name");
			name.add(secondary);
		}
		name.addClassName("liaison-name-cell");
		return name;
	}

}
