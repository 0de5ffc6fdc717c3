package org.liaison.partner.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * The record of a merge: who merged what into what and when, with the merged record as it
 * was.
 */
@Entity
@Table(name = "merge_record")
public class MergeRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String recordKind = "";

	private long survivorId;

	private long mergedId;

	private String mergedName = "";

	private String mergedRecord = "";

	private String mergedBy = "";

	private Instant mergedAt = Instant.EPOCH;

	protected MergeRecord() {
	}

	public MergeRecord(String recordKind, long survivorId, long mergedId, String mergedName, String mergedRecord,
			String mergedBy, Instant mergedAt) {
		this.recordKind = recordKind;
		this.survivorId = survivorId;
		this.mergedId = mergedId;
		this.mergedName = mergedName;
		this.mergedRecord = (mergedRecord.length() > 8000) ? mergedRecord.substring(0, 8000) : mergedRecord;
		this.mergedBy = mergedBy;
		this.mergedAt = mergedAt;
	}

	public long getSurvivorId() {
		return this.survivorId;
	}

	public long getMergedId() {
		return this.mergedId;
	}

	public String getMergedName() {
		return this.mergedName;
	}

	public String getMergedRecord() {
		return this.mergedRecord;
	}

	public String getMergedBy() {
		return this.mergedBy;
	}

	public Instant getMergedAt() {
		return this.mergedAt;
	}

}
