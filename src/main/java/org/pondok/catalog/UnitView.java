package org.pondok.catalog;

/**
 * One sellable unit of a room type: what a night in the inventory is held on.
 */
public record UnitView(long id, String code, String name) {

}
