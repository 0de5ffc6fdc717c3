package org.liaison.partner.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouteConfiguration;

import org.liaison.partner.DuplicateCandidate;

/** Before a partner is saved: these existing partners look like the same organisation. */
class DuplicateWarningDialog extends Dialog {

	/**
	 * @param recordView the page that opens one of the candidates by its id
	 */
	<V extends Component & HasUrlParameter<Long>> DuplicateWarningDialog(List<DuplicateCandidate> candidates,
			Class<V> recordView, Runnable saveAnyway) {
		setHeaderTitle(getTranslation("partner.duplicates.title"));
		addClassName("liaison-duplicate-warning");
		add(new Paragraph(getTranslation("partner.duplicates.text")));
		var list = new UnorderedList();
		for (var candidate : candidates) {
			var link = new Anchor(RouteConfiguration.forSessionScope().getUrl(recordView, candidate.id()),
					candidate.name());
			var reason = new Span(
					getTranslation("partner.duplicates.matching", String.join(", ", candidate.matchingNames())));
			reason.addClassName("liaison-secondary-name");
			list.add(new ListItem(link, reason));
		}
		add(list);
		var anyway = new Button(getTranslation("partner.duplicates.save-anyway"), (event) -> {
			close();
			saveAnyway.run();
		});
		anyway.setId("save-anyway");
		var back = new Button(getTranslation("partner.duplicates.back"), (event) -> close());
		back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(anyway, back);
	}

}
