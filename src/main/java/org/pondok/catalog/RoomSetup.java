package org.pondok.catalog;

import java.util.List;

/**
 * A room type as staff edit it, on sale or not, with all its units and the version an
 * edit must name.
 */
public record RoomSetup(long id, String code, RoomDetails details, List<UnitSetup> units, int version) {

	public RoomSetup {
		units = List.copyOf(units);
	}

	public long unitsOnSale() {
		return this.units.stream().filter(UnitSetup::onSale).count();
	}

}
