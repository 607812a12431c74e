package org.pondok.web.staff;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.CatalogManagement;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.RoomDetails;
import org.pondok.catalog.RoomSetup;
import org.pondok.catalog.UnitSetup;
import org.pondok.inventory.Inventory;
import org.pondok.shared.StayPeriod;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The villa manager's room types: the list, a new room, and one room's details and units.
 * The code is fixed once the room exists.
 */
@Controller
class RoomPageController {

	/**
	 * Far enough ahead to cover every booking or block a unit can hold.
	 */
	private static final int YEARS_AHEAD = 20;

	private final CatalogManagement management;

	private final Catalog catalog;

	private final Inventory inventory;

	private final CatalogPages pages;

	private final MessageSource messages;

	RoomPageController(CatalogManagement management, Catalog catalog, Inventory inventory, CatalogPages pages,
			MessageSource messages) {
		this.management = management;
		this.catalog = catalog;
		this.inventory = inventory;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/staff/rooms")
	@PreAuthorize("hasAuthority('catalog.write')")
	String rooms(Model model) {
		model.addAttribute("rooms", this.management.rooms());
		return "staff/rooms";
	}

	@GetMapping("/staff/rooms/new")
	@PreAuthorize("hasAuthority('catalog.write')")
	String newRoom(Model model) {
		return form(model, new RoomForm().withLanguages(this.pages.translationCodes()), null);
	}

	@PostMapping("/staff/rooms")
	@PreAuthorize("hasAuthority('catalog.write')")
	String addRoom(@ModelAttribute("room") RoomForm form, BindingResult errors, Principal principal, Model model,
			RedirectAttributes redirect) {
		NewRoom room = form.newRoom(errors, this.pages.currency());
		if (room != null && this.management.room(room.code()).isPresent()) {
			errors.rejectValue("code", "catalog.error.codeTaken");
		}
		if (room == null || errors.hasErrors()) {
			return form(model, form.withLanguages(this.pages.translationCodes()), null);
		}
		try {
			this.management.addRoom(principal.getName(), room, form.isOnSale());
		}
		catch (IllegalArgumentException ex) {
			errors.reject("catalog.error.rejected", new Object[] { ex.getMessage() }, null);
			return form(model, form.withLanguages(this.pages.translationCodes()), null);
		}
		redirect.addFlashAttribute("flash", message("catalog.rooms.added", room.name()));
		return "redirect:/staff/rooms/" + room.code();
	}

	@GetMapping("/staff/rooms/{code}")
	@PreAuthorize("hasAuthority('catalog.write')")
	String room(@PathVariable String code, Model model) {
		RoomSetup room = requireRoom(code);
		return form(model, RoomForm.of(room).withLanguages(this.pages.translationCodes()), room);
	}

	@PostMapping("/staff/rooms/{code}")
	@PreAuthorize("hasAuthority('catalog.write')")
	String changeRoom(@PathVariable String code, @ModelAttribute("room") RoomForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		RoomSetup stored = requireRoom(code);
		form.setCode(code);
		RoomDetails details = form.details(errors, this.pages.currency());
		if (details == null) {
			return form(model, form.withLanguages(this.pages.translationCodes()), stored);
		}
		try {
			this.management.changeRoom(principal.getName(), code, form.getVersion(), details);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", message("catalog.error.stale"));
			return "redirect:/staff/rooms/" + code;
		}
		catch (IllegalArgumentException ex) {
			errors.reject("catalog.error.rejected", new Object[] { ex.getMessage() }, null);
			return form(model, form.withLanguages(this.pages.translationCodes()), stored);
		}
		redirect.addFlashAttribute("flash", message("catalog.rooms.saved", details.name()));
		return "redirect:/staff/rooms/" + code;
	}

	@PostMapping("/staff/rooms/{code}/units")
	@PreAuthorize("hasAuthority('catalog.write')")
	String addUnit(@PathVariable String code, @RequestParam(defaultValue = "") String name, Principal principal,
			RedirectAttributes redirect) {
		requireRoom(code);
		if (name.strip().length() > 100) {
			redirect.addFlashAttribute("flashError", message("catalog.error.tooLong", 100));
			return "redirect:/staff/rooms/" + code + "#units";
		}
		UnitSetup unit = this.management.addUnit(principal.getName(), code, name);
		redirect.addFlashAttribute("flash", message("catalog.rooms.unitAdded", unit.code()));
		return "redirect:/staff/rooms/" + code + "#units";
	}

	@PostMapping("/staff/rooms/{code}/units/{unitId}")
	@PreAuthorize("hasAuthority('catalog.write')")
	String renameUnit(@PathVariable String code, @PathVariable long unitId,
			@RequestParam(defaultValue = "") String name, Principal principal, RedirectAttributes redirect) {
		UnitSetup unit = requireUnit(code, unitId);
		if (name.isBlank() || name.strip().length() > 100) {
			redirect.addFlashAttribute("flashError", message("catalog.rooms.unitNameRequired", unit.code()));
			return "redirect:/staff/rooms/" + code + "#units";
		}
		this.management.renameUnit(principal.getName(), code, unitId, name);
		redirect.addFlashAttribute("flash", message("catalog.rooms.unitRenamed", unit.code()));
		return "redirect:/staff/rooms/" + code + "#units";
	}

	/**
	 * Takes a unit off sale, unless it holds a future night: a booking or block on it
	 * would be stranded on a unit the calendar no longer offers.
	 */
	@PostMapping("/staff/rooms/{code}/units/{unitId}/off-sale")
	@PreAuthorize("hasAuthority('catalog.write')")
	String takeUnitOffSale(@PathVariable String code, @PathVariable long unitId, Principal principal,
			RedirectAttributes redirect) {
		UnitSetup unit = requireUnit(code, unitId);
		LocalDate today = this.catalog.today();
		int held = this.inventory.heldNightCounts(List.of(unitId), new StayPeriod(today, today.plusYears(YEARS_AHEAD)))
			.getOrDefault(unitId, 0);
		if (held > 0) {
			redirect.addFlashAttribute("flashError", message("catalog.rooms.unitHeld", unit.code(), held));
			return "redirect:/staff/rooms/" + code + "#units";
		}
		this.management.putUnitOnSale(principal.getName(), code, unitId, false);
		redirect.addFlashAttribute("flash", message("catalog.rooms.unitOffSale", unit.code()));
		return "redirect:/staff/rooms/" + code + "#units";
	}

	@PostMapping("/staff/rooms/{code}/units/{unitId}/on-sale")
	@PreAuthorize("hasAuthority('catalog.write')")
	String putUnitOnSale(@PathVariable String code, @PathVariable long unitId, Principal principal,
			RedirectAttributes redirect) {
		UnitSetup unit = requireUnit(code, unitId);
		this.management.putUnitOnSale(principal.getName(), code, unitId, true);
		redirect.addFlashAttribute("flash", message("catalog.rooms.unitOnSale", unit.code()));
		return "redirect:/staff/rooms/" + code + "#units";
	}

	private String form(Model model, RoomForm form, @Nullable RoomSetup stored) {
		model.addAttribute("room", form);
		model.addAttribute("stored", stored);
		model.addAttribute("languages", this.pages.translations());
		model.addAttribute("currency", this.pages.currency());
		return "staff/room";
	}

	private RoomSetup requireRoom(String code) {
		return this.management.room(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private UnitSetup requireUnit(String code, long unitId) {
		return requireRoom(code).units()
			.stream()
			.filter((unit) -> unit.id() == unitId)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
