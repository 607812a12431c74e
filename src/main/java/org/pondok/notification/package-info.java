/**
 * Message templates per language, the {@code booking_notifications} log, and the SMTP and
 * WhatsApp senders. Sends only after commit, at most once per booking, template and
 * channel.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "booking", "catalog", "system", "shared" })
@NullMarked
package org.pondok.notification;

import org.jspecify.annotations.NullMarked;
