/**
 * The property as it is sold: villa info, room types and their units, packages, seasonal
 * rates, media and the hero gallery. It owns the property's time zone and so the one
 * definition of "today". It knows nothing of who holds a night; that is
 * {@code inventory}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "shared" })
@NullMarked
package org.pondok.catalog;

import org.jspecify.annotations.NullMarked;
