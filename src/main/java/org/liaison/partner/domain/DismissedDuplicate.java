package org.liaison.partner.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * Two records a manager confirmed are not the same; kept in id order so that a pair is
 * stored once.
 */
@Entity
@Table(name = "dismissed_duplicate")
@IdClass(DismissedDuplicate.Key.class)
public class DismissedDuplicate {

	@Id
	private String recordKind = "";

	@Id
	private long firstId;

	@Id
	private long secondId;

	private String dismissedBy = "";

	private Instant dismissedAt = Instant.EPOCH;

	protected DismissedDuplicate() {
	}

	public DismissedDuplicate(String recordKind, long oneId, long otherId, String dismissedBy, Instant dismissedAt) {
		this.recordKind = recordKind;
		this.firstId = Math.min(oneId, otherId);
		this.secondId = Math.max(oneId, otherId);
		this.dismissedBy = dismissedBy;
		this.dismissedAt = dismissedAt;
	}

	/** The composite key. */
	public record Key(String recordKind, long firstId, long secondId) implements Serializable {

		public Key() {
			this("", 0, 0);
		}

	}

}
