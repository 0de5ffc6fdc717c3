package org.liaison.security;

import java.util.List;
import java.util.Optional;

import org.liaison.security.domain.UserAccountRepository;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the users are, for other modules: e.g. the owner of a relationship. Names only,
 * never credentials.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UserDirectory {

	private final UserAccountRepository accounts;

	UserDirectory(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	/** The users who can log in, by name. */
	public List<UserRef> activeUsers() {
		return this.accounts.findAll(Sort.by("displayName"))
			.stream()
			.filter((account) -> account.isEnabled())
			.map((account) -> new UserRef(account.getId(), account.getDisplayName()))
			.toList();
	}

	public Optional<UserRef> find(long id) {
		return this.accounts.findById(id).map((account) -> new UserRef(account.getId(), account.getDisplayName()));
	}

	/** The logged-in user. */
	public Optional<UserRef> current(String username) {
		return this.accounts.findByUsername(username)
			.map((account) -> new UserRef(account.getId(), account.getDisplayName()));
	}

}
