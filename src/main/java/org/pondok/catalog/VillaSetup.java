package org.pondok.catalog;

/**
 * The villa as staff edit it, with the version an edit must name.
 */
public record VillaSetup(VillaView villa, int version) {

}
