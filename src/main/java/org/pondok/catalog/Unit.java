package org.pondok.catalog;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One sellable unit of a room type, e.g. {@code MASTER-SUITE-1}. A unit is its own
 * aggregate, not a collection of {@link Room}: the inventory and bookings refer to it by
 * id, and Spring Data JDBC rewrites an aggregate's child rows on every save, which would
 * change those ids.
 */
@Table("room_units")
class Unit {

	@Id
	private @Nullable Long id;

	private long roomId;

	private String code;

	private String name;

	private boolean active;

	private int sortOrder;

	@PersistenceCreator
	Unit(@Nullable Long id, long roomId, String code, String name, boolean active, int sortOrder) {
		this.id = id;
		this.roomId = roomId;
		this.code = code;
		this.name = name;
		this.active = active;
		this.sortOrder = sortOrder;
	}

	/**
	 * The {@code number}th unit of a room: code {@code MASTER-SUITE-2}, name
	 * {@code Master Suite 2}.
	 */
	static Unit numbered(Room room, int number) {
		return new Unit(null, room.id(), room.code().toUpperCase(Locale.ROOT) + "-" + number,
				room.name() + " " + number, true, number);
	}

	/**
	 * A unit added to a room later, numbered after the room's existing units.
	 */
	static Unit added(Room room, String code, String name, int sortOrder) {
		return new Unit(null, room.id(), code, name, true, sortOrder);
	}

	void rename(String name) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new IllegalArgumentException("A unit needs a name of at most 100 characters");
		}
		this.name = name.strip();
	}

	void putOnSale(boolean onSale) {
		this.active = onSale;
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	int sortOrder() {
		return this.sortOrder;
	}

	UnitSetup setup() {
		return new UnitSetup(view().id(), this.code, this.name, this.active);
	}

	long roomId() {
		return this.roomId;
	}

	boolean isActive() {
		return this.active;
	}

	UnitView view() {
		if (this.id == null) {
			throw new IllegalStateException("The unit has not been saved yet");
		}
		return new UnitView(this.id, this.code, this.name);
	}

}
