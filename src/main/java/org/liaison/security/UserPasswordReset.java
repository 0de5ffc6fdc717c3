package org.liaison.security;

/**
 * An administrator set a new password for an account: sessions opened with the old one
 * end.
 */
public record UserPasswordReset(String username) {
}
