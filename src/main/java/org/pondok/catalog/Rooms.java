package org.pondok.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Rooms extends ListCrudRepository<Room, Long> {

	Optional<Room> findByCode(String code);

	List<Room> findByActiveOrderBySortOrderAscIdAsc(boolean active);

	boolean existsByCode(String code);

	List<Room> findAllByOrderBySortOrderAscIdAsc();

}
