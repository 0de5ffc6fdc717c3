package org.liaison.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.liaison.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Login through the login view; every view and endpoint is denied unless it says who may
 * use it, and service methods check roles again.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.loginView(LoginView.class));
		http.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(
				org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * BCrypt for new hashes; the {id} prefix lets a later, stronger encoder take over
	 * without a reset.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
