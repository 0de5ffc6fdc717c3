package org.liaison.security;

/** A user as other modules refer to one: by id, shown by name. */
public record UserRef(long id, String displayName) {
}
