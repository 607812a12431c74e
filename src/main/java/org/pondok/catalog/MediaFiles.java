package org.pondok.catalog;

import org.springframework.data.repository.ListCrudRepository;

interface MediaFiles extends ListCrudRepository<MediaFile, Long> {

}
