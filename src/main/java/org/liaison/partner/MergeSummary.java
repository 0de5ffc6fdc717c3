package org.liaison.partner;

import java.time.Instant;

/** A merge as the survivor's page lists it. */
public record MergeSummary(String mergedName, String mergedBy, Instant mergedAt) {
}
