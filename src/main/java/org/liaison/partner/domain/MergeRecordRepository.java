package org.liaison.partner.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MergeRecordRepository extends JpaRepository<MergeRecord, Long> {

	List<MergeRecord> findByRecordKindAndSurvivorIdOrderByMergedAtDesc(String recordKind, long survivorId);

}
