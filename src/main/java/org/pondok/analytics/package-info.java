/**
 * Booking analytics roll-ups built from events, reports and CSV export. Reads no other
 * module's tables.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "booking", "payment", "guest", "catalog", "system", "shared" })
@NullMarked
package org.pondok.analytics;

import org.jspecify.annotations.NullMarked;
