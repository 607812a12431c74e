package org.pondok.web.staff;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.CatalogManagement;
import org.pondok.catalog.GalleryImageSetup;
import org.pondok.catalog.HeroCaption;
import org.pondok.catalog.InvalidMediaException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The home page's gallery: the images in their order, an upload, and each image's titles,
 * captions and whether it is shown. An upload is judged by its bytes, never by its name
 * or declared type.
 */
@Controller
class GalleryPageController {

	/**
	 * What {@code spring.servlet.multipart.max-file-size} and the catalog accept.
	 */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	private final CatalogManagement management;

	private final CatalogPages pages;

	private final MessageSource messages;

	GalleryPageController(CatalogManagement management, CatalogPages pages, MessageSource messages) {
		this.management = management;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/staff/gallery")
	@PreAuthorize("hasAuthority('catalog.write')")
	String gallery(Model model) {
		return page(model, new GalleryForm().withLanguages(this.pages.translationCodes()), null);
	}

	@PostMapping("/staff/gallery")
	@PreAuthorize("hasAuthority('catalog.write')")
	String upload(@ModelAttribute("upload") GalleryForm form, BindingResult errors,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Principal principal,
			Model model, RedirectAttributes redirect) throws IOException {
		HeroCaption english = form.english(errors);
		Map<String, HeroCaption> translations = form.translations(errors);
		String fileError = null;
		if (file == null || file.isEmpty()) {
			fileError = message("catalog.gallery.error.noFile");
		}
		else if (file.getSize() > MAX_BYTES) {
			fileError = message("catalog.gallery.error.TOO_LARGE");
		}
		if (english == null || errors.hasErrors() || fileError != null) {
			return page(model, form.withLanguages(this.pages.translationCodes()), fileError);
		}
		try {
			this.management.addGalleryImage(principal.getName(), file.getOriginalFilename(), file.getBytes(), english,
					translations);
		}
		catch (InvalidMediaException ex) {
			return page(model, form.withLanguages(this.pages.translationCodes()),
					message("catalog.gallery.error." + ex.reason().name()));
		}
		redirect.addFlashAttribute("flash", message("catalog.gallery.added", english.title()));
		return "redirect:/staff/gallery";
	}

	@GetMapping("/staff/gallery/{id}")
	@PreAuthorize("hasAuthority('catalog.write')")
	String image(@PathVariable long id, Model model) {
		GalleryImageSetup image = requireImage(id);
		return edit(model, GalleryForm.of(image).withLanguages(this.pages.translationCodes()), image);
	}

	@PostMapping("/staff/gallery/{id}")
	@PreAuthorize("hasAuthority('catalog.write')")
	String changeImage(@PathVariable long id, @ModelAttribute("image") GalleryForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		GalleryImageSetup stored = requireImage(id);
		HeroCaption english = form.english(errors);
		Map<String, HeroCaption> translations = form.translations(errors);
		if (english == null || errors.hasErrors()) {
			return edit(model, form.withLanguages(this.pages.translationCodes()), stored);
		}
		try {
			this.management.changeGalleryImage(principal.getName(), id, form.getVersion(), english, translations,
					form.isActive());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", message("catalog.error.stale"));
			return "redirect:/staff/gallery/" + id;
		}
		redirect.addFlashAttribute("flash", message("catalog.gallery.saved", english.title()));
		return "redirect:/staff/gallery";
	}

	@PostMapping("/staff/gallery/{id}/up")
	@PreAuthorize("hasAuthority('catalog.write')")
	String moveUp(@PathVariable long id, Principal principal) {
		move(principal, id, -1);
		return "redirect:/staff/gallery#image-" + id;
	}

	@PostMapping("/staff/gallery/{id}/down")
	@PreAuthorize("hasAuthority('catalog.write')")
	String moveDown(@PathVariable long id, Principal principal) {
		move(principal, id, 1);
		return "redirect:/staff/gallery#image-" + id;
	}

	@PostMapping("/staff/gallery/{id}/delete")
	@PreAuthorize("hasAuthority('catalog.write')")
	String remove(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		GalleryImageSetup image = requireImage(id);
		this.management.removeGalleryImage(principal.getName(), id);
		redirect.addFlashAttribute("flash", message("catalog.gallery.removed", image.english().title()));
		return "redirect:/staff/gallery";
	}

	private void move(Principal principal, long id, int step) {
		try {
			this.management.moveGalleryImage(principal.getName(), id, step);
		}
		catch (UnknownEntryException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private String page(Model model, GalleryForm upload, @Nullable String fileError) {
		model.addAttribute("images", this.management.gallery());
		model.addAttribute("upload", upload);
		model.addAttribute("fileError", fileError);
		model.addAttribute("maxBytes", MAX_BYTES);
		model.addAttribute("languages", this.pages.translations());
		return "staff/gallery";
	}

	private String edit(Model model, GalleryForm form, GalleryImageSetup stored) {
		model.addAttribute("image", form);
		model.addAttribute("stored", stored);
		model.addAttribute("languages", this.pages.translations());
		return "staff/gallery-image";
	}

	private GalleryImageSetup requireImage(long id) {
		return this.management.gallery()
			.stream()
			.filter((image) -> image.id() == id)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
