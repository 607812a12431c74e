package org.pondok.system;

import java.util.List;

/**
 * Several settings changed together, some refused: nothing was saved.
 */
public class SettingsRefusedException extends RuntimeException {

	private final List<SettingException> problems;

	public SettingsRefusedException(List<SettingException> problems) {
		super(problems.size() + " setting(s) refused");
		this.problems = List.copyOf(problems);
	}

	public List<SettingException> problems() {
		return this.problems;
	}

}
