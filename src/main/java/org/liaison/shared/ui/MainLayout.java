package org.liaison.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import org.liaison.shared.CurrentUserProfile;

/**
 * The frame around every view after login: app name, the navigation the user's role may
 * see, and the user menu.
 */
@Layout
@PermitAll
@CssImport("./styles/liaison.css")
public class MainLayout extends AppLayout {

	public MainLayout(CurrentUserProfile profiles, AuthenticationContext authentication) {
		setPrimarySection(Section.DRAWER);
		addClassName("liaison-layout");
		addToDrawer(brand(), new Scroller(navigation()));
		var toggle = new DrawerToggle();
		toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
		var spacer = new Div();
		spacer.addClassName("liaison-navbar-spacer");
		addToNavbar(toggle, spacer, new UserMenu(profiles, authentication));
	}

	private Div brand() {
		var name = new Span(getTranslation("app.name"));
		name.addClassName("liaison-brand-name");
		var tagline = new Span(getTranslation("app.tagline"));
		tagline.addClassName("liaison-brand-tagline");
		var brand = new Div(BrandMark.create(), new Div(name, tagline));
		brand.addClassName("liaison-brand");
		return brand;
	}

	private SideNav navigation() {
		var nav = new SideNav();
		nav.addClassName("liaison-nav");
		// Only the entries whose views exist and that the user's role may open.
		MenuConfiguration.getMenuEntries().forEach((entry) -> nav.addItem(item(entry)));
		return nav;
	}

	private SideNavItem item(MenuEntry entry) {
		var item = new SideNavItem(getTranslation(entry.title()), entry.path());
		if (entry.icon() != null) {
			var parts = entry.icon().split(":", 2);
			item.setPrefixComponent(new Icon(parts[0], parts[1]));
		}
		return item;
	}

}
