package org.liaison.security.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.liaison.shared.ui.LanguageSwitch;

/**
 * The login page. Any failure shows the same message, so that it does not tell which
 * accounts exist.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@CssImport("./styles/liaison.css")
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final AuthenticationContext authentication;

	private final LoginForm form = new LoginForm();

	private final LoginI18n texts;

	public LoginView(AuthenticationContext authentication) {
		this.authentication = authentication;
		addClassName("liaison-login");
		this.form.setAction("login");
		this.form.setForgotPasswordButtonVisible(false);
		this.texts = i18n();
		this.form.setI18n(this.texts);
		var card = new Div(new LanguageSwitch(), this.form, hint());
		card.addClassName("liaison-login-card");
		add(brandPanel(), card);
	}

	private Div brandPanel() {
		var mark = new Span();
		mark.addClassName("liaison-brand-mark");
		var name = new H1(getTranslation("app.name"));
		var tagline = new Paragraph(getTranslation("login.tagline"));
		tagline.addClassName("liaison-login-tagline");
		var points = new UnorderedList(new ListItem(getTranslation("login.point.partners")),
				new ListItem(getTranslation("login.point.visits")),
				new ListItem(getTranslation("login.point.evidence")));
		points.addClassName("liaison-login-points");
		var panel = new Div(new Div(mark, name), tagline, points);
		panel.addClassName("liaison-login-brand");
		return panel;
	}

	private Paragraph hint() {
		var hint = new Paragraph(getTranslation("login.hint"));
		hint.addClassName("liaison-login-hint");
		return hint;
	}

	private LoginI18n i18n() {
		var i18n = LoginI18n.createDefault();
		var form = i18n.getForm();
		form.setTitle(getTranslation("login.title"));
		form.setUsername(getTranslation("login.username"));
		form.setPassword(getTranslation("login.password"));
		form.setSubmit(getTranslation("login.submit"));
		var error = i18n.getErrorMessage();
		error.setTitle(getTranslation("login.error.title"));
		error.setMessage(getTranslation("login.error.message"));
		error.setUsername(getTranslation("login.error.username-required"));
		error.setPassword(getTranslation("login.error.password-required"));
		return i18n;
	}

	/** The texts the login form shows, in the user's language. */
	LoginI18n texts() {
		return this.texts;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.authentication.isAuthenticated()) {
			event.forwardTo("");
			return;
		}
		this.form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " · " + getTranslation("app.name");
	}

}
