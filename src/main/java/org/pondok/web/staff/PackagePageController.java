package org.pondok.web.staff;

import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.CatalogManagement;
import org.pondok.catalog.NewPackage;
import org.pondok.catalog.PackageDetails;
import org.pondok.catalog.PackageSetup;
import org.pondok.catalog.RoomSetup;
import org.pondok.catalog.UnknownEntryException;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Packages: the list, a new package and one package's details. The code is fixed once the
 * package exists; a package is taken off sale rather than deleted.
 */
@Controller
class PackagePageController {

	private final CatalogManagement management;

	private final CatalogPages pages;

	private final MessageSource messages;

	PackagePageController(CatalogManagement management, CatalogPages pages, MessageSource messages) {
		this.management = management;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/staff/packages")
	@PreAuthorize("hasAuthority('catalog.write')")
	String packages(Model model) {
		model.addAttribute("packages", this.management.packages());
		return "staff/packages";
	}

	@GetMapping("/staff/packages/new")
	@PreAuthorize("hasAuthority('catalog.write')")
	String newPackage(Model model) {
		return form(model, new PackageForm().withLanguages(this.pages.translationCodes()), null);
	}

	@PostMapping("/staff/packages")
	@PreAuthorize("hasAuthority('catalog.write')")
	String addPackage(@ModelAttribute("offer") PackageForm form, BindingResult errors, Principal principal, Model model,
			RedirectAttributes redirect) {
		NewPackage offer = form.newPackage(errors, this.pages.currency(), roomCodes());
		if (offer != null && this.management.findPackage(offer.code()).isPresent()) {
			errors.rejectValue("code", "catalog.error.codeTaken");
		}
		if (offer == null || errors.hasErrors()) {
			return form(model, form.withLanguages(this.pages.translationCodes()), null);
		}
		try {
			this.management.addPackage(principal.getName(), offer, form.isActive());
		}
		catch (IllegalArgumentException ex) {
			errors.reject("catalog.error.rejected", new Object[] { ex.getMessage() }, null);
			return form(model, form.withLanguages(this.pages.translationCodes()), null);
		}
		redirect.addFlashAttribute("flash", message("catalog.packages.added", offer.name()));
		return "redirect:/staff/packages/" + offer.code();
	}

	@GetMapping("/staff/packages/{code}")
	@PreAuthorize("hasAuthority('catalog.write')")
	String offer(@PathVariable String code, Model model) {
		PackageSetup offer = requirePackage(code);
		return form(model, PackageForm.of(offer).withLanguages(this.pages.translationCodes()), offer);
	}

	@PostMapping("/staff/packages/{code}")
	@PreAuthorize("hasAuthority('catalog.write')")
	String changePackage(@PathVariable String code, @ModelAttribute("offer") PackageForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		PackageSetup stored = requirePackage(code);
		form.setCode(code);
		PackageDetails details = form.details(errors, this.pages.currency(), roomCodes());
		if (details == null) {
			return form(model, form.withLanguages(this.pages.translationCodes()), stored);
		}
		try {
			this.management.changePackage(principal.getName(), code, form.getVersion(), details);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", message("catalog.error.stale"));
			return "redirect:/staff/packages/" + code;
		}
		catch (UnknownEntryException | IllegalArgumentException ex) {
			errors.reject("catalog.error.rejected", new Object[] { ex.getMessage() }, null);
			return form(model, form.withLanguages(this.pages.translationCodes()), stored);
		}
		redirect.addFlashAttribute("flash", message("catalog.packages.saved", details.name()));
		return "redirect:/staff/packages/" + code;
	}

	private String form(Model model, PackageForm form, @Nullable PackageSetup stored) {
		model.addAttribute("offer", form);
		model.addAttribute("stored", stored);
		model.addAttribute("rooms", this.management.rooms());
		model.addAttribute("languages", this.pages.translations());
		model.addAttribute("currency", this.pages.currency());
		return "staff/package";
	}

	private List<String> roomCodes() {
		return this.management.rooms().stream().map(RoomSetup::code).toList();
	}

	private PackageSetup requirePackage(String code) {
		return this.management.findPackage(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
