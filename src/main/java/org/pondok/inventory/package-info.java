/**
 * The night-by-night ledger of who holds each unit: a booking, an OTA block, a manual
 * block or a turnover buffer, one row per held unit-night under a unique key, so that a
 * night is never sold twice. Claims join the caller's transaction; it never decides
 * prices.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "system", "shared" })
@NullMarked
package org.pondok.inventory;

import org.jspecify.annotations.NullMarked;
