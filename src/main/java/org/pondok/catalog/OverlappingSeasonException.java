package org.pondok.catalog;

/**
 * Thrown when a season would share a night with another season of the same room: each
 * night has at most one seasonal rate.
 */
public class OverlappingSeasonException extends RuntimeException {

	private final String otherSeason;

	public OverlappingSeasonException(String roomCode, String otherSeason) {
		super("The season overlaps '" + otherSeason + "' of room '" + roomCode + "'");
		this.otherSeason = otherSeason;
	}

	public String otherSeason() {
		return this.otherSeason;
	}

}
