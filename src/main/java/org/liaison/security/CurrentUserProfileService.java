package org.liaison.security;

import java.util.Optional;

import org.liaison.security.domain.UserAccountRepository;
import org.liaison.shared.CurrentUserProfile;
import org.liaison.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The logged-in user's own profile: name, role and language; nobody else's. */
@Service
class CurrentUserProfileService implements CurrentUserProfile {

	private final UserAccountRepository accounts;

	CurrentUserProfileService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UserProfile> current() {
		return currentUsername().flatMap(this.accounts::findByUsername)
			.map((account) -> new UserProfile(account.getUsername(), account.getDisplayName(),
					account.getRole().labelKey(), account.preferredLanguage()));
	}

	@Override
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void changeLanguage(Language language) {
		currentUsername().flatMap(this.accounts::findByUsername)
			.ifPresent((account) -> account.preferLanguage(language));
	}

	private static Optional<String> currentUsername() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(authentication.getName());
	}

}
