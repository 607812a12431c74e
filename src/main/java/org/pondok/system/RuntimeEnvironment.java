package org.pondok.system;

import java.util.Locale;

/**
 * Which kind of installation this is, set by the operator ({@code PONDOK_ENVIRONMENT}). A
 * setting meant for one environment only (its {@code environment} is {@code dev} or
 * {@code prod}) is stored and shown everywhere but takes effect only there: debug mode,
 * for one, is ignored in production (decision 0010).
 */
public enum RuntimeEnvironment {

	DEV, PROD;

	/**
	 * Whether a setting written for {@code environment} ({@code dev}, {@code prod} or
	 * {@code both}) takes effect here.
	 */
	public boolean admits(String environment) {
		return "both".equals(environment) || code().equals(environment);
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
