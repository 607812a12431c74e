package org.pondok.booking;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface Bookings extends CrudRepository<Booking, Long> {

	Optional<Booking> findByReference(String reference);

}
