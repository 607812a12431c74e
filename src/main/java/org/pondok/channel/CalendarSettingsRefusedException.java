package org.pondok.channel;

import java.util.List;

/**
 * Calendar setting values refused by their type or range; none of the values asked for
 * was saved. Each refusal names the setting, an English message for the API, and a reason
 * with its arguments that pages show in the reader's language.
 */
public class CalendarSettingsRefusedException extends RuntimeException {

	private final List<Refusal> refusals;

	CalendarSettingsRefusedException(List<Refusal> refusals) {
		super(String.join("; ", refusals.stream().map(Refusal::message).toList()));
		this.refusals = List.copyOf(refusals);
	}

	public List<Refusal> refusals() {
		return this.refusals;
	}

	/**
	 * One refused value.
	 *
	 * @param arguments what the reason's message names (bounds, a length)
	 */
	public record Refusal(String key, Reason reason, List<Object> arguments, String message) {
	}

	/**
	 * Why a value was refused.
	 */
	public enum Reason {

		REQUIRED, WHOLE_NUMBER, RANGE, BOOLEAN, COLOR, TIMEZONE, TOO_LONG

	}

}
