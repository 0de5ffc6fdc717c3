package org.liaison.partner.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

	@Query("select distinct p from Person p join p.matchKeys k where k in :keys order by p.latinName")
	List<Person> findByAnyMatchKey(Collection<String> keys);

	@Query(value = "select p from Person p where p.searchText like concat('%', :text, '%') escape '\\'")
	Slice<Person> search(String text, Pageable pageable);

	/** The people who hold or held a position at the organisation. */
	@Query("select distinct p from Person p join p.positions pos where pos.organisationId = :organisationId order by p.latinName")
	List<Person> findByOrganisation(long organisationId);

}
