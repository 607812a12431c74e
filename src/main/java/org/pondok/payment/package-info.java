/**
 * Payments and refunds through Stripe, PayPal and bank transfer, and their webhooks. Card
 * data never passes through it; it reports back to {@code booking} through its API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "booking", "system", "shared" })
@NullMarked
package org.pondok.payment;

import org.jspecify.annotations.NullMarked;
