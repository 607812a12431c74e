package org.pondok.web.staff;

import java.security.Principal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pondok.channel.CalendarSettingsRefusedException;
import org.pondok.channel.ChannelManagement;
import org.pondok.channel.ChannelManagement.CalendarSettingView;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar settings in one form, grouped by what they steer (imports, exports,
 * colours), each with an input of its type. The values are checked by the rules the API
 * uses; one refused value saves nothing and is shown next to its field.
 */
@Controller
class CalendarSettingsPageController {

	private static final List<String> GROUPS = List.of("sync", "export", "color");

	private final ChannelManagement channels;

	private final MessageSource messages;

	CalendarSettingsPageController(ChannelManagement channels, MessageSource messages) {
		this.channels = channels;
		this.messages = messages;
	}

	@GetMapping("/staff/channels/settings")
	@PreAuthorize("hasAuthority('channels.read')")
	String settings(Model model) {
		return page(Map.of(), Map.of(), model);
	}

	@PostMapping("/staff/channels/settings")
	@PreAuthorize("hasAuthority('channels.write')")
	String save(@RequestParam MultiValueMap<String, String> form, Principal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		Map<String, String> entered = new LinkedHashMap<>();
		Map<String, Integer> versions = new LinkedHashMap<>();
		for (CalendarSettingView setting : this.channels.calendarSettings()) {
			String key = setting.key();
			versions.put(key, setting.version());
			if ("boolean".equals(setting.type())) {
				// an unticked box sends nothing: the marker says the box was on the form
				if (form.containsKey("b." + key)) {
					String flag = String.valueOf("true".equals(form.getFirst("v." + key)));
					values.put(key, flag);
					entered.put(key, flag);
				}
			}
			else if (form.containsKey("v." + key)) {
				String value = String.valueOf(form.getFirst("v." + key));
				values.put(key, value);
				entered.put(key, value);
			}
		}
		try {
			long changed = this.channels.updateCalendarSettings(values, principal.getName())
				.stream()
				.filter((setting) -> setting.version() != versions.getOrDefault(setting.key(), setting.version()))
				.count();
			redirect.addFlashAttribute("flash", message("channel.settings.saved", locale, changed));
			return "redirect:/staff/channels/settings";
		}
		catch (CalendarSettingsRefusedException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (CalendarSettingsRefusedException.Refusal refusal : ex.refusals()) {
				errors.put(refusal.key(),
						message("channel.settings.error." + refusal.reason().name().toLowerCase(Locale.ROOT), locale,
								refusal.arguments().toArray()));
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(errors, entered, model);
		}
	}

	private String page(Map<String, String> errors, Map<String, String> entered, Model model) {
		Map<String, List<Field>> groups = new LinkedHashMap<>();
		GROUPS.forEach((group) -> groups.put(group, new ArrayList<>()));
		for (CalendarSettingView setting : this.channels.calendarSettings()) {
			String prefix = setting.key().contains(".") ? setting.key().substring(0, setting.key().indexOf('.'))
					: "other";
			String group = GROUPS.contains(prefix) ? prefix : "other";
			String shown = entered.containsKey(setting.key()) ? entered.get(setting.key()) : setting.value();
			groups.computeIfAbsent(group, (g) -> new ArrayList<>())
				.add(new Field(setting, (shown != null) ? shown : ""));
		}
		groups.values().removeIf(List::isEmpty);
		model.addAttribute("groups", groups);
		model.addAttribute("errors", errors);
		model.addAttribute("failed", !errors.isEmpty());
		if (groups.values().stream().flatMap(List::stream).anyMatch((f) -> "timezone".equals(f.setting().type()))) {
			model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
		}
		return "staff/channels/settings";
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, locale);
	}

	/**
	 * A setting as its field shows it: the value entered (after a refusal) or stored.
	 */
	record Field(CalendarSettingView setting, String value) {

		public String name() {
			return "v." + this.setting.key();
		}

		public String id() {
			return "calendar-" + this.setting.key().replace('.', '-');
		}

		public boolean checked() {
			return "true".equals(this.value);
		}

		public String label() {
			return "calsetting." + this.setting.key();
		}

	}

}
