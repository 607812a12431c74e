package org.pondok.system.rest;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.Problems;
import org.pondok.system.Currencies;
import org.pondok.system.Languages;
import org.pondok.system.SettingException;
import org.pondok.system.SettingView;
import org.pondok.system.SystemSettings;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SystemRestController {

	private final SystemSettings settings;

	private final Currencies currencies;

	private final Languages languages;

	private final JsonMapper json = JsonMapper.builder().build();

	SystemRestController(SystemSettings settings, Currencies currencies, Languages languages) {
		this.settings = settings;
		this.currencies = currencies;
		this.languages = languages;
	}

	@GetMapping("/api/v1/settings")
	@PreAuthorize("hasAuthority('settings.read')")
	Items<Setting> settings(@RequestParam(required = false) @Nullable String area) {
		return new Items<>(this.settings.all()
			.stream()
			.filter((setting) -> area == null || setting.area().equals(area))
			.map(this::setting)
			.toList());
	}

	@PutMapping("/api/v1/settings/{key}")
	@PreAuthorize("hasAuthority('settings.write')")
	Setting update(@PathVariable String key, @RequestBody Map<String, @Nullable Object> body, Principal principal) {
		if (!body.containsKey("value")) {
			throw new SettingException("The body is {\"value\": …}", false);
		}
		Integer version = null;
		Object given = body.get("version");
		if (given instanceof Integer number) {
			version = number;
		}
		else if (given != null) {
			throw new SettingException("version is the whole number read with the setting", false);
		}
		return setting(this.settings.update(key, body.get("value"), version, principal.getName()));
	}

	@GetMapping("/api/v1/languages")
	Items<Languages.LanguageView> languages() {
		return new Items<>(this.languages.all().stream().filter(Languages.LanguageView::enabled).toList());
	}

	@GetMapping("/api/v1/currencies")
	Items<Currency> currencies() {
		return new Items<>(this.currencies.all()
			.stream()
			.filter(Currencies.CurrencyView::enabled)
			.map((currency) -> new Currency(currency.code().name(), currency.name(), currency.symbol(),
					currency.fractionDigits(), currency.rateToBase().stripTrailingZeros().toPlainString(),
					currency.base()))
			.toList());
	}

	@ExceptionHandler(SettingException.class)
	ProblemDetail refused(SettingException ex) {
		if (ex.unknown()) {
			return Problems.notFound(ex.getMessage());
		}
		if (ex.reason().conflict()) {
			return Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "Changed meanwhile", ex.getMessage());
		}
		return Problems.validation("value", ex.getMessage());
	}

	private Setting setting(SettingView view) {
		return new Setting(view.key(), view.area(), view.type(), view.environment(), view.secret(), value(view),
				view.set(), view.effective(), view.description(), view.updatedAt(), view.version());
	}

	private @Nullable Object value(SettingView view) {
		if (view.value() == null) {
			return null;
		}
		return switch (view.type()) {
			case "boolean" -> Boolean.valueOf(view.value());
			case "decimal" -> view.value();
			case "integer" -> {
				try {
					yield Long.valueOf(view.value());
				}
				catch (NumberFormatException ex) {
					yield view.value();
				}
			}
			case "json" -> {
				try {
					yield this.json.readTree(view.value());
				}
				catch (RuntimeException ex) {
					yield view.value();
				}
			}
			default -> view.value();
		};
	}

	record Items<T>(List<T> items) {
	}

	/**
	 * A setting as the API shows it: {@code set} tells whether a secret holds a value,
	 * {@code effective} whether the setting applies in this environment.
	 */
	record Setting(String key, String area, String type, String environment, boolean secret, @Nullable Object value,
			boolean set, boolean effective, @Nullable String description, @Nullable Instant updatedAt, int version) {
	}

	record Currency(String code, String name, String symbol, int fractionDigits, String rateToBase, boolean base) {
	}

}
