package org.pondok.inventory;

import java.time.LocalDate;

/**
 * One held unit-night of the ledger.
 */
public record HeldNight(long unitId, LocalDate night, Holder holder, String holderRef) {
}
