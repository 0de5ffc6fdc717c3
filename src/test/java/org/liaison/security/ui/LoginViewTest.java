package org.liaison.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class LoginViewTest extends SpringBrowserlessTest {

	@Test
	void showsTheLoginFormWithoutAnErrorAtFirst() {
		var view = navigate(LoginView.class);
		var form = $(LoginForm.class).single();
		assertThat(form.isError()).isFalse();
		assertThat(form.getAction()).isEqualTo("login");
		assertThat(view.texts().getForm().getTitle()).isEqualTo("Log in");
	}

	@Test
	void afterAFailedLoginShowsOneGenericMessage() {
		UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
		var view = (LoginView) getCurrentView();
		var form = $(LoginForm.class).single();
		assertThat(form.isError()).isTrue();
		assertThat(view.texts().getErrorMessage().getTitle()).isEqualTo("Incorrect username or password");
	}

}
