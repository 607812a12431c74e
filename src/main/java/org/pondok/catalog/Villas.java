package org.pondok.catalog;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Villas extends ListCrudRepository<Villa, Long> {

	/**
	 * The property; there is at most one row.
	 */
	Optional<Villa> findFirstByOrderByIdAsc();

}
