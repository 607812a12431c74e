package org.pondok.web.staff;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pondok.system.SettingChange;
import org.pondok.system.SettingException;
import org.pondok.system.SettingView;
import org.pondok.system.SettingsRefusedException;
import org.pondok.system.SystemSettings;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The system settings, one form per area. Managers read them; administrators save an area
 * at a time, all of it or nothing. A secret shows only whether it is set: an empty field
 * keeps it, "clear" removes it.
 */
@Controller
class SettingsPageController {

	/**
	 * The order areas are shown in; any other area follows, alphabetically.
	 */
	private static final List<String> AREAS = List.of("general", "booking", "payment", "email", "whatsapp", "i18n",
			"security", "api", "backup", "notification", "analytics");

	private static final String READ_ONLY = "general.environment";

	private final SystemSettings settings;

	private final MessageSource messages;

	SettingsPageController(SystemSettings settings, MessageSource messages) {
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/staff/settings")
	@PreAuthorize("hasAuthority('settings.read')")
	String settings(Model model) {
		return page(model, Map.of(), Map.of());
	}

	@PostMapping("/staff/settings/{area}")
	@PreAuthorize("hasAuthority('settings.write')")
	String save(@PathVariable String area, @RequestParam MultiValueMap<String, String> form, Principal principal,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		List<SettingView> inArea = this.settings.all().stream().filter((s) -> s.area().equals(area)).toList();
		if (inArea.isEmpty()) {
			redirect.addFlashAttribute("flashError", message("settings.unknownArea", locale));
			return "redirect:/staff/settings";
		}
		List<SettingChange> changes = new ArrayList<>();
		Map<String, String> entered = new HashMap<>();
		for (SettingView setting : inArea) {
			SettingChange change = change(setting, form, entered);
			if (change != null) {
				changes.add(change);
			}
		}
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			int changed = this.settings.updateAll(changes, principal.getName());
			redirect.addFlashAttribute("flash", message("settings.saved", locale, changed));
			return "redirect:/staff/settings#area-" + area;
		}
		catch (SettingsRefusedException ex) {
			ex.problems().forEach((problem) -> errors.put(String.valueOf(problem.key()), error(problem, locale)));
		}
		catch (SettingException ex) {
			errors.put(String.valueOf(ex.key()), error(ex, locale));
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("failedArea", area);
		return page(model, errors, entered);
	}

	private @Nullable SettingChange change(SettingView setting, MultiValueMap<String, String> form,
			Map<String, String> entered) {
		String key = setting.key();
		if (READ_ONLY.equals(key)) {
			return null;
		}
		Integer version = version(form.getFirst("version." + key));
		String value = form.getFirst("v." + key);
		if ("boolean".equals(setting.type())) {
			if (!form.containsKey("b." + key)) {
				return null;
			}
			String flag = String.valueOf(value != null && !value.isEmpty() && !"false".equals(value));
			entered.put(key, flag);
			return new SettingChange(key, flag, version);
		}
		if (setting.secret()) {
			if (form.containsKey("clear." + key)) {
				return new SettingChange(key, null, version);
			}
			return (value == null || value.isEmpty()) ? null : new SettingChange(key, value, version);
		}
		if (value == null) {
			return null;
		}
		entered.put(key, value);
		return new SettingChange(key, value, version);
	}

	private static @Nullable Integer version(@Nullable String text) {
		try {
			return (text == null || text.isBlank()) ? null : Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String page(Model model, Map<String, String> errors, Map<String, String> entered) {
		Map<String, List<SettingView>> byArea = new LinkedHashMap<>();
		this.settings.all()
			.stream()
			.sorted(Comparator.comparingInt((SettingView s) -> areaOrder(s.area()))
				.thenComparing(SettingView::area)
				.thenComparing(SettingView::key))
			.forEach((s) -> byArea.computeIfAbsent(s.area(), (a) -> new ArrayList<>()).add(s));
		List<Area> areas = byArea.entrySet()
			.stream()
			.map((entry) -> new Area(entry.getKey(), entry.getValue().stream().map((s) -> field(s, entered)).toList()))
			.toList();
		model.addAttribute("areas", areas);
		model.addAttribute("errors", errors);
		model.addAttribute("environment", this.settings.environment().code());
		return "staff/settings";
	}

	private static Field field(SettingView setting, Map<String, String> entered) {
		String shown = entered.containsKey(setting.key()) ? entered.get(setting.key()) : setting.value();
		return new Field(setting, (shown != null) ? shown : "", READ_ONLY.equals(setting.key()));
	}

	private static int areaOrder(String area) {
		int index = AREAS.indexOf(area);
		return (index >= 0) ? index : AREAS.size();
	}

	private String error(SettingException problem, Locale locale) {
		String code = "settings.error." + problem.reason().name().toLowerCase(Locale.ROOT);
		return this.messages.getMessage(code, problem.arguments(), message("settings.error.invalid", locale), locale);
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, locale);
	}

	/**
	 * One area's settings, in the order shown.
	 */
	record Area(String name, List<Field> fields) {
	}

	/**
	 * A setting as its form field shows it: the value entered (after a refusal) or
	 * stored; never a secret's.
	 */
	record Field(SettingView setting, String value, boolean readOnly) {

		public String name() {
			return "v." + this.setting.key();
		}

		public String id() {
			return "setting-" + this.setting.key().replace('.', '-');
		}

		public boolean checked() {
			return "true".equals(this.value);
		}

	}

}
