package org.pondok.web;

import org.pondok.catalog.Catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The guest site's home page: the villa, its pictures, rooms and packages.
 */
@Controller
class HomePageController {

	private final Catalog catalog;

	HomePageController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("villa", this.catalog.findVilla().orElse(null));
		model.addAttribute("gallery", this.catalog.gallery("en"));
		model.addAttribute("rooms", this.catalog.rooms());
		model.addAttribute("packages", this.catalog.packages());
		return "home";
	}

}
