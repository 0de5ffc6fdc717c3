package org.liaison.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.liaison.shared.CurrentUserProfile;
import org.liaison.shared.CurrentUserProfile.UserProfile;
import org.liaison.shared.Language;

/**
 * The user's name and role, the language switch and logout, at the top right of every
 * page.
 */
class UserMenu extends MenuBar {

	UserMenu(CurrentUserProfile profiles, AuthenticationContext authentication) {
		addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
		addClassName("liaison-user-menu");
		var profile = profiles.current().orElseThrow();
		var avatar = new Avatar(profile.displayName());
		avatar.addClassName("liaison-user-avatar");
		var name = new Span(profile.displayName());
		name.addClassName("liaison-user-name");
		var role = new Span(getTranslation(profile.roleKey()));
		role.addClassName("liaison-user-role");
		var nameAndRole = new Div(name, role);
		nameAndRole.addClassName("liaison-user-identity");
		var trigger = new Div(avatar, nameAndRole);
		trigger.addClassName("liaison-user-trigger");
		var root = addItem(trigger);
		root.setAriaLabel(getTranslation("layout.user-menu"));
		var sub = root.getSubMenu();
		sub.addItem(identity(profile)).setEnabled(false);
		var language = (profile.language() != null) ? profile.language() : Language.of(getLocale());
		languages(sub.addItem(getTranslation("layout.language")).getSubMenu(), profiles, language);
		sub.addItem(getTranslation("layout.logout"), (event) -> authentication.logout()).setId("logout");
	}

	private Div identity(UserProfile profile) {
		var name = new Span(profile.displayName() + " (" + profile.username() + ")");
		var role = new Span(getTranslation(profile.roleKey()));
		role.addClassName("liaison-user-role");
		var identity = new Div(name, role);
		identity.addClassName("liaison-user-identity");
		return identity;
	}

	private void languages(SubMenu menu, CurrentUserProfile profiles, Language current) {
		for (var language : Language.values()) {
			MenuItem item = menu.addItem(language.nativeName(), (event) -> {
				profiles.changeLanguage(language);
				UI.getCurrent().getSession().setLocale(language.locale());
				UI.getCurrent().getPage().reload();
			});
			item.setCheckable(true);
			item.setChecked(language == current);
		}
	}

}
