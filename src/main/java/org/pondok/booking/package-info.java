/**
 * Quotes, bookings, their references and life cycle, and idempotent creation. Claims
 * nights from {@code inventory} in the booking's own transaction and publishes what
 * happened to a booking as events. It never calls a payment provider or sends a message
 * itself.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "inventory", "system", "shared" })
@NullMarked
package org.pondok.booking;

import org.jspecify.annotations.NullMarked;
