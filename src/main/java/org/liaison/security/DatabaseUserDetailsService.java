package org.liaison.security;

import org.liaison.security.domain.UserAccountRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up accounts for login. A disabled account is found but refused by Spring
 * Security.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	DatabaseUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		var account = this.accounts.findByUsername(Usernames.normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		var authorities = account.getRole()
			.withIncludedRoles()
			.stream()
			.map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.disabled(!account.isEnabled())
			.authorities(authorities)
			.build();
	}

}
