package org.liaison.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The head of a view: its title, an optional line that says what it is for, and the
 * view's main actions.
 */
public final class ViewToolbar extends Composite<Header> {

	public ViewToolbar(String title, String description, Component... actions) {
		var heading = new H1(title);
		heading.addClassName("liaison-view-title");
		var text = new Div(heading);
		if (!description.isBlank()) {
			var lead = new Paragraph(description);
			lead.addClassName("liaison-view-description");
			text.add(lead);
		}
		var actionBar = new Div(actions);
		actionBar.addClassName("liaison-view-actions");
		getContent().add(text, actionBar);
		getContent().addClassName("liaison-view-toolbar");
	}

}
