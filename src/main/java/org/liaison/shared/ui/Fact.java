package org.liaison.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.jspecify.annotations.Nullable;

/**
 * A labelled value on a record page: "COUNTRY / Pakistan"; an empty value shows a dash.
 */
public final class Fact {

	private Fact() {
	}

	public static Div of(String label, @Nullable String value) {
		return of(label, new Span((value == null || value.isBlank()) ? "—" : value));
	}

	/** A fact whose value is a component, e.g. a link. */
	public static Div of(String label, Component value) {
		var labelSpan = new Span(label);
		labelSpan.addClassName("liaison-fact-label");
		value.getElement().getClassList().add("liaison-fact-value");
		var fact = new Div(labelSpan, value);
		fact.addClassName("liaison-fact");
		return fact;
	}

}
