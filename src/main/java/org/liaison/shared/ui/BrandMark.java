package org.liaison.shared.ui;

import com.vaadin.flow.component.html.Span;

/** The app's mark: two linked rings, drawn in CSS so that it needs no image. */
final class BrandMark {

	private BrandMark() {
	}

	static Span create() {
		var mark = new Span();
		mark.addClassName("liaison-brand-mark");
		mark.getElement().setAttribute("aria-hidden", "true");
		return mark;
	}

}
