package org.pondok.booking;

import java.util.List;

/**
 * A page of a booking list: {@code page} counts from 0.
 */
public record BookingPage(List<BookingSummary> items, int page, int size, long total) {
}
