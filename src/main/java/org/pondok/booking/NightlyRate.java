package org.pondok.booking;

import java.time.LocalDate;

import org.pondok.shared.Money;

/**
 * The price of one night of a stay, and which rate it came from.
 */
public record NightlyRate(LocalDate night, Money rate, String rateName) {
}
