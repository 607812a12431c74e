/**
 * Guest profiles (one per e-mail) and guest analytics, built from booking events. It
 * never changes a booking.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "booking", "system", "shared" })
@NullMarked
package org.pondok.guest;

import org.jspecify.annotations.NullMarked;
