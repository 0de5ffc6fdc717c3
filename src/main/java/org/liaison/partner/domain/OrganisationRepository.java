package org.liaison.partner.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository
		extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

	/**
	 * Organisations stored under any of these match keys: the likely duplicates of a
	 * record with those keys.
	 */
	@Query("select distinct o from Organisation o join o.matchKeys k where k in :keys order by o.englishName")
	List<Organisation> findByAnyMatchKey(Collection<String> keys);

	List<Organisation> findByParentIdOrderByEnglishName(Long parentId);

	/** Sub-organisations of a merged organisation move to the survivor. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Organisation o set o.parentId = :survivorId where o.parentId = :mergedId")
	int moveSubOrganisations(long mergedId, long survivorId);

	/** Positions at a merged organisation move to the survivor. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Position p set p.organisationId = :survivorId where p.organisationId = :mergedId")
	int movePositions(long mergedId, long survivorId);

}
