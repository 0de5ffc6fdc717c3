package org.liaison.partner;

/**
 * A manager merged one organisation into another; the merged one no longer exists.
 * Modules that hold links to organisations by id move them to the survivor: listen with
 * {@code @TransactionalEventListener(phase = BEFORE_COMMIT)} so that the links move in
 * the merge's own transaction and nothing is left pointing at the removed record.
 */
public record PartnersMerged(long survivorId, long mergedId) {
}
