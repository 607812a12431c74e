package org.pondok.catalog;

/**
 * A unit as staff see it, on sale or not.
 */
public record UnitSetup(long id, String code, String name, boolean onSale) {

}
