package org.liaison.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a user sees for a page that does not exist or that the user's role may not open.
 * The two look the same on purpose: the page does not tell which pages exist.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

	public NotFoundView() {
		addClassName("liaison-not-found");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		var title = new H1(getTranslation("error.not-found.title"));
		var text = new Paragraph(getTranslation("error.not-found.text"));
		var home = new Anchor("", getTranslation("error.not-found.home"));
		add(title, text, home);
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
