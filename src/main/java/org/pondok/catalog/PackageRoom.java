package org.pondok.catalog;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A room type a package can be booked with.
 */
@Table("package_rooms")
record PackageRoom(long roomId) {

}
