package org.liaison.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

import org.liaison.shared.Language;

/** English / 简体中文 before login: changes the language of this browser session. */
public class LanguageSwitch extends Composite<Div> {

	public LanguageSwitch() {
		getContent().addClassName("liaison-language-switch");
		getContent().getElement().setAttribute("role", "group");
		var current = Language.of(UI.getCurrent().getLocale());
		for (var language : Language.values()) {
			var button = new Button(language.nativeName(), (event) -> {
				UI.getCurrent().getSession().setLocale(language.locale());
				UI.getCurrent().getPage().reload();
			});
			button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
			button.getElement().setAttribute("lang", language.tag());
			button.getElement().setAttribute("aria-pressed", String.valueOf(language == current));
			getContent().add(button);
		}
	}

}
