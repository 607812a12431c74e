package org.pondok.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Packages extends ListCrudRepository<Package, Long> {

	Optional<Package> findByCode(String code);

	List<Package> findByActiveOrderBySortOrderAscIdAsc(boolean active);

	boolean existsByCode(String code);

	List<Package> findAllByOrderBySortOrderAscIdAsc();

}
