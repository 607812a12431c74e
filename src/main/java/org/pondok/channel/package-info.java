/**
 * Platform integrations, iCal import and export, calendar subscriptions and settings,
 * sync history and conflicts. Imported blocks claim nights in {@code inventory}; a night
 * already held elsewhere becomes a recorded conflict, never a silent overwrite.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "catalog", "inventory", "booking", "system", "shared" })
@NullMarked
package org.pondok.channel;

import org.jspecify.annotations.NullMarked;
