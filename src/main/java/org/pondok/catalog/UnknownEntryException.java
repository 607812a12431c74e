package org.pondok.catalog;

/**
 * Thrown when a staff edit names a room, unit, season, package or gallery image that does
 * not exist.
 */
public class UnknownEntryException extends RuntimeException {

	public UnknownEntryException(String kind, Object key) {
		super("There is no " + kind + " '" + key + "'");
	}

}
