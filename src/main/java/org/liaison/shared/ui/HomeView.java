package org.liaison.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.liaison.shared.CurrentUserProfile;

/**
 * The start page after login: whom the user is logged in as, and what Liaison keeps track
 * of.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

	public HomeView(CurrentUserProfile profiles) {
		addClassName("liaison-view");
		var profile = profiles.current().orElseThrow();
		add(new ViewToolbar(getTranslation("home.greeting", profile.displayName()),
				getTranslation("home.role", getTranslation(profile.roleKey()))));
		var cards = new Div(card("home.card.partners"), card("home.card.cooperation"), card("home.card.evidence"),
				card("home.card.reports"));
		cards.addClassName("liaison-home-cards");
		add(cards);
	}

	private Div card(String key) {
		var title = new H2(getTranslation(key + ".title"));
		var text = new Paragraph(getTranslation(key + ".text"));
		var card = new Div(title, text);
		card.addClassName("liaison-card");
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.home") + " · " + getTranslation("app.name");
	}

}
