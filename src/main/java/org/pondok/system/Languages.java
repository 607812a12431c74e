package org.pondok.system;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The languages guests may read Pondok in.
 */
@Service
public class Languages {

	private final JdbcClient jdbc;

	Languages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<LanguageView> all() {
		return this.jdbc.sql("""
				SELECT code, name, native_name, enabled, is_default FROM languages ORDER BY sort_order, code
				""")
			.query((rs, row) -> new LanguageView(rs.getString("code"), rs.getString("name"),
					rs.getString("native_name"), rs.getBoolean("enabled"), rs.getBoolean("is_default")))
			.list();
	}

	/**
	 * A language on offer.
	 */
	public record LanguageView(String code, String name, String nativeName, boolean enabled, boolean isDefault) {
	}

}
