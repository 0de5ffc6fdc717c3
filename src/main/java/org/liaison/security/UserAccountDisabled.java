package org.liaison.security;

/**
 * An administrator disabled an account: its owner may no longer log in, and open sessions
 * end.
 */
public record UserAccountDisabled(String username) {
}
