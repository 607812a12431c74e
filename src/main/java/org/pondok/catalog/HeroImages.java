package org.pondok.catalog;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface HeroImages extends ListCrudRepository<HeroImage, Long> {

	List<HeroImage> findByActiveOrderBySortOrderAscIdAsc(boolean active);

	List<HeroImage> findAllByOrderBySortOrderAscIdAsc();

}
