package org.pondok.booking.rest;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The optional body of a booking action, e.g. why it is cancelled.
 */
record ActionRequest(@Nullable @Size(max = 500) String reason) {
}
