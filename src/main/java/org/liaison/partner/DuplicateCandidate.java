package org.liaison.partner;

import java.util.List;

/**
 * An existing record that is likely the same as the one being entered, with the names
 * that matched.
 */
public record DuplicateCandidate(long id, String name, List<String> matchingNames) {
}
