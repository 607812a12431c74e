/**
 * The few values that three or more modules use: {@link org.pondok.shared.Money},
 * {@link org.pondok.shared.CurrencyCode}, {@link org.pondok.shared.StayPeriod}, and the
 * problem types every API error is rendered with. Holds no state and no tables; depends
 * on nothing else in Pondok.
 */
@NullMarked
package org.pondok.shared;

import org.jspecify.annotations.NullMarked;
