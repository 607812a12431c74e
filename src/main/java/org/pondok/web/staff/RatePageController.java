package org.pondok.web.staff;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.CatalogManagement;
import org.pondok.catalog.NewSeasonalRate;
import org.pondok.catalog.OverlappingSeasonException;
import org.pondok.catalog.SeasonSetup;
import org.pondok.catalog.UnknownEntryException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Seasonal rates: each room's seasons, upcoming first, and the form to add, change or
 * remove one. Seasons of one room never share a night.
 */
@Controller
class RatePageController {

	private final CatalogManagement management;

	private final Catalog catalog;

	private final CatalogPages pages;

	private final MessageSource messages;

	RatePageController(CatalogManagement management, Catalog catalog, CatalogPages pages, MessageSource messages) {
		this.management = management;
		this.catalog = catalog;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/staff/rates")
	@PreAuthorize("hasAuthority('catalog.write')")
	String rates(@RequestParam(name = "room", required = false) @Nullable String room, Model model) {
		RateForm form = new RateForm();
		form.setRoomCode(room);
		return page(model, form, null);
	}

	@PostMapping("/staff/rates")
	@PreAuthorize("hasAuthority('catalog.write')")
	String addRate(@ModelAttribute("rate") RateForm form, BindingResult errors, Principal principal, Model model,
			RedirectAttributes redirect) {
		NewSeasonalRate rate = form.rate(errors, this.pages.currency());
		if (rate == null || !save(principal, null, form, rate, errors)) {
			return page(model, form, null);
		}
		redirect.addFlashAttribute("flash", message("catalog.rates.added", rate.name()));
		return "redirect:/staff/rates";
	}

	@GetMapping("/staff/rates/{id}")
	@PreAuthorize("hasAuthority('catalog.write')")
	String rate(@PathVariable long id, Model model) {
		SeasonSetup season = requireSeason(id);
		return page(model, RateForm.of(season), season);
	}

	@PostMapping("/staff/rates/{id}")
	@PreAuthorize("hasAuthority('catalog.write')")
	String changeRate(@PathVariable long id, @ModelAttribute("rate") RateForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		SeasonSetup season = requireSeason(id);
		NewSeasonalRate rate = form.rate(errors, this.pages.currency());
		if (rate == null || !save(principal, id, form, rate, errors)) {
			return page(model, form, season);
		}
		redirect.addFlashAttribute("flash", message("catalog.rates.saved", rate.name()));
		return "redirect:/staff/rates";
	}

	@PostMapping("/staff/rates/{id}/delete")
	@PreAuthorize("hasAuthority('catalog.write')")
	String removeRate(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		SeasonSetup season = requireSeason(id);
		this.management.removeSeason(principal.getName(), id);
		redirect.addFlashAttribute("flash", message("catalog.rates.removed", season.name()));
		return "redirect:/staff/rates";
	}

	private boolean save(Principal principal, @Nullable Long id, RateForm form, NewSeasonalRate rate,
			BindingResult errors) {
		String roomCode = form.getRoomCode();
		if (roomCode == null || this.management.room(roomCode).isEmpty()) {
			errors.rejectValue("roomCode", "catalog.error.required");
			return false;
		}
		try {
			if (id == null) {
				this.management.addSeason(principal.getName(), roomCode, rate);
			}
			else {
				this.management.changeSeason(principal.getName(), id, roomCode, rate);
			}
			return true;
		}
		catch (OverlappingSeasonException ex) {
			errors.rejectValue("startDate", "catalog.error.overlap", new Object[] { ex.otherSeason() }, null);
		}
		catch (UnknownEntryException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (IllegalArgumentException ex) {
			errors.reject("catalog.error.rejected", new Object[] { ex.getMessage() }, null);
		}
		return false;
	}

	private String page(Model model, RateForm form, @Nullable SeasonSetup editing) {
		model.addAttribute("rate", form);
		model.addAttribute("editing", editing);
		model.addAttribute("rooms", this.management.rooms());
		model.addAttribute("seasons",
				this.management.seasons(this.catalog.today())
					.stream()
					.collect(Collectors.groupingBy(SeasonSetup::roomCode, LinkedHashMap::new, Collectors.toList())));
		model.addAttribute("emptyList", List.of());
		model.addAttribute("today", this.catalog.today());
		model.addAttribute("currency", this.pages.currency());
		return "staff/rates";
	}

	private SeasonSetup requireSeason(long id) {
		return this.management.season(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
