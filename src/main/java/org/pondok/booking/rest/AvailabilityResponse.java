package org.pondok.booking.rest;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.booking.Availability;
import org.pondok.shared.Money;

/**
 * {@code GET /api/v1/availability}: every room type for the stay, with the full price.
 */
record AvailabilityResponse(LocalDate checkIn, LocalDate checkOut, int nights, int adults, int children,
		String currency, List<Room> rooms) {

	static AvailabilityResponse of(Availability availability) {
		return new AvailabilityResponse(availability.stay().checkIn(), availability.stay().checkOut(),
				availability.stay().nightCount(), availability.adults(), availability.children(),
				availability.currency().name(), availability.rooms().stream().map(Room::of).toList());
	}

	record Room(String roomCode, String name, boolean available, int unitsLeft, List<BookingResponse.Night> nightly,
			Money rooms, Money serviceCharge, Money tax, Money total, Money dueNow, @Nullable LocalDate balanceDueDate,
			@Nullable String reason) {

		static Room of(Availability.RoomOffer offer) {
			var price = offer.price();
			return new Room(offer.roomCode(), offer.name(), offer.available(), offer.unitsLeft(),
					price.nightly().stream().map(BookingResponse.Night::of).toList(), price.rooms(),
					price.serviceCharge(), price.tax(), price.total(), price.dueNow(), price.balanceDueDate(),
					offer.reason());
		}

	}

}
