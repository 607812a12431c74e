/**
 * The demo villa: loads a complete, believable property into an empty database when
 * {@code PONDOK_DEMO} is on, through the other modules' public APIs only, with dates
 * relative to today so the demo never goes stale.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "catalog", "inventory", "booking", "staff", "channel", "system", "shared" })
@NullMarked
package org.pondok.demo;

import org.jspecify.annotations.NullMarked;
