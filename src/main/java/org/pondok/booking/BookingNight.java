package org.pondok.booking;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The price a booking was made with for one night, in the booking's currency.
 */
@Table("booking_nightly_rates")
record BookingNight(LocalDate night, BigDecimal amount, String rateName) {
}
