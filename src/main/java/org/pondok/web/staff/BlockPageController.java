package org.pondok.web.staff;

import java.security.Principal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pondok.inventory.Inventory;
import org.pondok.inventory.ManualBlockView;
import org.pondok.inventory.NightsUnavailableException;
import org.pondok.inventory.UnknownBlockException;
import org.pondok.shared.StayPeriod;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Manual blocks: units taken off sale for repairs or the owner's use, and put back.
 */
@Controller
class BlockPageController {

	static final int MAX_DAYS = 400;

	private final Inventory inventory;

	private final FrontDesk desk;

	private final MessageSource messages;

	BlockPageController(Inventory inventory, FrontDesk desk, MessageSource messages) {
		this.inventory = inventory;
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping("/staff/blocks")
	@PreAuthorize("hasAuthority('inventory.read')")
	String blocks(Model model) {
		LocalDate today = this.desk.today();
		return page(new BlockForm(null, today.toString(), today.plusDays(1).toString(), null), Map.of(), model);
	}

	@PostMapping("/staff/blocks")
	@PreAuthorize("hasAuthority('inventory.write')")
	String block(BlockForm form, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<Long, UnitLabel> units = this.desk.units();
		long unitId = BookingPageController.isBlank(form.unit()) ? -1 : BookingPageController.parseInt(form.unit());
		if (!units.containsKey(unitId)) {
			errors.put("unit", "desk.invalid.unit");
		}
		LocalDate from = BookingPageController.date(form.from(), "from", errors);
		LocalDate to = BookingPageController.date(form.to(), "to", errors);
		if (from != null && to != null) {
			if (!to.isAfter(from)) {
				errors.put("to", "desk.invalid.toAfterFrom");
			}
			else if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
				errors.put("to", "desk.invalid.blockTooLong");
			}
			else if (to.isBefore(this.desk.today().plusDays(1))) {
				errors.put("to", "desk.invalid.blockPast");
			}
		}
		String reason = BookingPageController.clip(form.reason(), 500);
		if (reason == null) {
			errors.put("reason", "desk.invalid.required");
		}
		if (errors.isEmpty()) {
			try {
				ManualBlockView block = this.inventory.block(unitId, new StayPeriod(from, to), reason,
						principal.getName());
				redirect.addFlashAttribute("flash", text("desk.blocks.done", units.get(unitId).name(),
						block.period().checkIn(), block.period().checkOut()));
				return "redirect:/staff/blocks";
			}
			catch (NightsUnavailableException ex) {
				errors.put("from", "desk.invalid.blockTaken");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(form, errors, model);
	}

	@PostMapping("/staff/blocks/{id}/remove")
	@PreAuthorize("hasAuthority('inventory.write')")
	String remove(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		try {
			this.inventory.unblock(BookingPageController.parseInt(id), principal.getName());
			redirect.addFlashAttribute("flash", text("desk.blocks.removed"));
		}
		catch (UnknownBlockException ex) {
			redirect.addFlashAttribute("flashError", text("desk.blocks.unknown"));
		}
		return "redirect:/staff/blocks";
	}

	private String page(BlockForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("blocks", this.inventory.blocks(this.desk.today()));
		model.addAttribute("units", this.desk.units());
		model.addAttribute("zone", this.desk.zone());
		return "staff/desk/blocks";
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/**
	 * The block form as typed: {@code unit} is the unit's id.
	 */
	record BlockForm(@Nullable String unit, @Nullable String from, @Nullable String to, @Nullable String reason) {
	}

}
