package org.pondok.web.staff;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.pondok.staff.StaffAccountException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says a refused staff account change in the reader's language, next to its field.
 */
@Component
class AccountErrors {

	private final MessageSource messages;

	AccountErrors(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	Map<String, String> of(StaffAccountException ex, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put(ex.field(), this.messages.getMessage("admin.error." + ex.code(), ex.arguments().toArray(),
				this.messages.getMessage("admin.error.general", null, locale), locale));
		return errors;
	}

}
