package org.liaison.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of a user whose account was disabled or whose password was
 * reset: the next request of such a session leads to the login page.
 */
@Component
class SessionRevocation {

	private static final Logger log = LoggerFactory.getLogger(SessionRevocation.class);

	private final SessionRegistry sessions;

	SessionRevocation(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void on(UserAccountDisabled event) {
		expireSessionsOf(event.username());
	}

	@TransactionalEventListener
	void on(UserPasswordReset event) {
		expireSessionsOf(event.username());
	}

	private void expireSessionsOf(String username) {
		var expired = this.sessions.getAllPrincipals()
			.stream()
			.filter((principal) -> principal instanceof UserDetails user && user.getUsername().equals(username))
			.flatMap((principal) -> this.sessions.getAllSessions(principal, false).stream())
			.peek(SessionInformation::expireNow)
			.count();
		if (expired > 0) {
			log.info("Ended {} session(s) of {}", expired, username);
		}
	}

}
