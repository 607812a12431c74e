package org.pondok.catalog;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Units extends ListCrudRepository<Unit, Long> {

	List<Unit> findByRoomIdOrderBySortOrderAscIdAsc(long roomId);

	List<Unit> findByActiveOrderByRoomIdAscSortOrderAscIdAsc(boolean active);

	boolean existsByCode(String code);

}
