package org.pondok.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message templates and their texts per language.
 */
@Service
public class NotificationTemplates {

	private static final String FALLBACK_LANGUAGE = "en";

	private final JdbcClient jdbc;

	NotificationTemplates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<TemplateView> all() {
		List<TemplateView> templates = this.jdbc.sql("""
				SELECT id, code, name, trigger_event, channels, active FROM notification_templates ORDER BY id
				""")
			.query((rs, row) -> new TemplateView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("trigger_event"), Arrays.asList(rs.getString("channels").split(",")),
					rs.getBoolean("active"), List.of()))
			.list();
		var languages = this.jdbc.sql("SELECT template_id, language FROM notification_template_texts ORDER BY language")
			.query((rs, row) -> new Object[] { rs.getLong("template_id"), rs.getString("language") })
			.list();
		return templates.stream()
			.map((template) -> template.withLanguages(languages.stream()
				.filter((pair) -> (long) pair[0] == template.id())
				.map((pair) -> (String) pair[1])
				.toList()))
			.toList();
	}

	/**
	 * A template's text in the language, or in English when it has none in that language.
	 */
	@Transactional(readOnly = true)
	public Optional<TemplateText> text(String code, String language) {
		return this.jdbc.sql("""
				SELECT t.language, t.subject, t.body FROM notification_template_texts t
				JOIN notification_templates n ON n.id = t.template_id
				WHERE n.code = :code AND t.language IN (:language, :fallback)
				""")
			.param("code", code)
			.param("language", language)
			.param("fallback", FALLBACK_LANGUAGE)
			.query((rs, row) -> new TemplateText(code, rs.getString("language"), rs.getString("subject"),
					rs.getString("body")))
			.list()
			.stream()
			.min((a, b) -> a.language().equals(language) ? -1 : b.language().equals(language) ? 1 : 0);
	}

	/**
	 * A template and the languages it has texts in.
	 */
	public record TemplateView(long id, String code, String name, String triggerEvent, List<String> channels,
			boolean active, List<String> languages) {

		TemplateView withLanguages(List<String> languages) {
			return new TemplateView(this.id, this.code, this.name, this.triggerEvent, this.channels, this.active,
					languages);
		}

	}

	/**
	 * A template's subject and body in one language; variables read {@code {{name}}}.
	 */
	public record TemplateText(String code, String language, String subject, String body) {
	}

}
