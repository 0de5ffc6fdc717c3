package org.liaison.security.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.liaison.security.Role;
import org.liaison.shared.Language;
import org.liaison.shared.domain.AbstractEntity;

/** A person who logs in to Liaison, with the role that says what the person may do. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(nullable = false)
	private String displayName;

	@Column(nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private boolean enabled;

	private @Nullable String preferredLocale;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant passwordChangedAt;

	protected UserAccount() {
		this.username = "";
		this.displayName = "";
		this.passwordHash = "";
		this.role = Role.STAFF;
		this.createdAt = Instant.EPOCH;
		this.passwordChangedAt = Instant.EPOCH;
	}

	public UserAccount(String username, String displayName, Role role, String passwordHash, Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	public void changePassword(String newPasswordHash, Instant now) {
		this.passwordHash = newPasswordHash;
		this.passwordChangedAt = now;
	}

	public void enable() {
		this.enabled = true;
	}

	public void disable() {
		this.enabled = false;
	}

	public void preferLanguage(@Nullable Language language) {
		this.preferredLocale = (language != null) ? language.tag() : null;
	}

	public @Nullable Language preferredLanguage() {
		return (this.preferredLocale != null) ? Language.fromTag(this.preferredLocale).orElse(null) : null;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

}
