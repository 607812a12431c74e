package org.pondok.web.staff;

import java.security.Principal;
import java.time.ZoneId;
import java.util.List;

import org.pondok.catalog.CatalogManagement;
import org.pondok.catalog.VillaDetails;
import org.pondok.shared.CurrencyCode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The villa's details: what guests read about the property, its terms and its policy.
 */
@Controller
class VillaPageController {

	private static final List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((zone) -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
		.sorted()
		.toList();

	private final CatalogManagement management;

	private final MessageSource messages;

	VillaPageController(CatalogManagement management, MessageSource messages) {
		this.management = management;
		this.messages = messages;
	}

	@GetMapping("/staff/villa")
	@PreAuthorize("hasAuthority('catalog.write')")
	String villa(Model model) {
		VillaForm form = this.management.villa().map(VillaForm::of).orElseGet(VillaForm::new);
		return form(model, form);
	}

	@PostMapping("/staff/villa")
	@PreAuthorize("hasAuthority('catalog.write')")
	String changeVilla(@ModelAttribute("villa") VillaForm form, BindingResult errors, Principal principal, Model model,
			RedirectAttributes redirect) {
		VillaDetails details = form.details(errors, currency());
		if (details == null) {
			return form(model, form);
		}
		try {
			this.management.changeVilla(principal.getName(), form.getVersion(), details);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", message("catalog.error.stale"));
			return "redirect:/staff/villa";
		}
		catch (IllegalArgumentException ex) {
			errors.reject("catalog.error.rejected", new Object[] { ex.getMessage() }, null);
			return form(model, form);
		}
		redirect.addFlashAttribute("flash", message("catalog.villa.saved"));
		return "redirect:/staff/villa";
	}

	private String form(Model model, VillaForm form) {
		model.addAttribute("villa", form);
		model.addAttribute("zones", ZONES);
		model.addAttribute("currency", currency());
		return "staff/villa";
	}

	private CurrencyCode currency() {
		return this.management.villa().map((setup) -> setup.villa().baseCurrency()).orElse(CurrencyCode.USD);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
