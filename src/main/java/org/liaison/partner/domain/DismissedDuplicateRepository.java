package org.liaison.partner.domain;

import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DismissedDuplicateRepository extends JpaRepository<DismissedDuplicate, DismissedDuplicate.Key> {

	/** The records a manager said are not the same as this one. */
	@Query("""
			select case when d.firstId = :id then d.secondId else d.firstId end from DismissedDuplicate d
			where d.recordKind = :kind and (d.firstId = :id or d.secondId = :id)""")
	Set<Long> dismissedFor(String kind, long id);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from DismissedDuplicate d where d.recordKind = :kind and (d.firstId = :id or d.secondId = :id)")
	int forget(String kind, long id);

}
