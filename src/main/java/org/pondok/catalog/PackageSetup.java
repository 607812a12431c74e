package org.pondok.catalog;

/**
 * A package as staff edit it, active or not, with the version an edit must name.
 */
public record PackageSetup(long id, String code, PackageDetails details, int version) {

}
