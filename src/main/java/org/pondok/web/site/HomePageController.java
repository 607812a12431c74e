package org.pondok.web.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.HeroImageView;
import org.pondok.catalog.PackageView;
import org.pondok.catalog.RoomView;
import org.pondok.catalog.VillaView;
import org.pondok.system.PondokProperties;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The guest site's home page (the gallery, the villa, its rooms and packages, where it is
 * and how to reach it) and a page per room and per package, in the guest's language.
 */
@Controller
class HomePageController {

	private final Catalog catalog;

	private final NightCalendar calendar;

	private final String baseUrl;

	HomePageController(Catalog catalog, NightCalendar calendar, PondokProperties properties) {
		this.catalog = catalog;
		this.calendar = calendar;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	@GetMapping("/")
	String home(HttpServletRequest request, Model model) {
		String lang = SitePageSupport.locale(request).getLanguage();
		List<HeroImageView> gallery = this.catalog.gallery(lang);
		List<RoomView> rooms = this.catalog.rooms(lang);
		model.addAttribute("gallery", gallery);
		model.addAttribute("rooms", rooms);
		model.addAttribute("packages", this.catalog.packages(lang));
		model.addAttribute("today", this.catalog.today());
		if (!gallery.isEmpty()) {
			model.addAttribute("ogImage", gallery.get(0).imageUrl());
		}
		this.catalog.findVilla(lang)
			.ifPresent((villa) -> model.addAttribute("structuredData",
					structuredData(villa, rooms, gallery, this.baseUrl)));
		return "site/home";
	}

	@GetMapping("/rooms/{code}")
	String room(@PathVariable String code, @RequestParam(required = false) @Nullable String month,
			HttpServletRequest request, Model model) {
		String lang = SitePageSupport.locale(request).getLanguage();
		RoomView room = this.catalog.room(code, lang)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LocalDate today = this.catalog.today();
		YearMonth first = month(month, today);
		model.addAttribute("room", room);
		model.addAttribute("packages",
				this.catalog.packages(lang).stream().filter((offer) -> offer.appliesTo(room.code())).toList());
		model.addAttribute("today", today);
		model.addAttribute("months", this.calendar.months(room, first, 2, today, null, null));
		model.addAttribute("previousMonth", first.isAfter(YearMonth.from(today)) ? first.minusMonths(1) : null);
		model.addAttribute("nextMonth", first.plusMonths(1));
		return "site/room";
	}

	@GetMapping("/packages/{code}")
	String offer(@PathVariable String code, HttpServletRequest request, Model model) {
		String lang = SitePageSupport.locale(request).getLanguage();
		PackageView offer = this.catalog.findPackage(code, lang)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("offer", offer);
		model.addAttribute("rooms",
				this.catalog.rooms(lang).stream().filter((room) -> offer.appliesTo(room.code())).toList());
		model.addAttribute("today", this.catalog.today());
		return "site/package";
	}

	static YearMonth month(@Nullable String month, LocalDate today) {
		YearMonth now = YearMonth.from(today);
		if (month == null || month.isBlank()) {
			return now;
		}
		try {
			YearMonth asked = YearMonth.parse(month.trim());
			return (asked.isBefore(now) || asked.isAfter(now.plusMonths(24))) ? now : asked;
		}
		catch (DateTimeParseException ex) {
			return now;
		}
	}

	/**
	 * The schema.org {@code LodgingBusiness} the home page carries for search engines.
	 */
	private static Map<String, Object> structuredData(VillaView villa, List<RoomView> rooms,
			List<HeroImageView> gallery, String baseUrl) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "LodgingBusiness");
		data.put("name", villa.name());
		if (villa.description() != null) {
			data.put("description", villa.description());
		}
		data.put("url", baseUrl + "/");
		if (villa.phone() != null) {
			data.put("telephone", villa.phone());
		}
		if (villa.email() != null) {
			data.put("email", villa.email());
		}
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		address.put("streetAddress", villa.address());
		if (villa.city() != null) {
			address.put("addressLocality", villa.city());
		}
		if (villa.region() != null) {
			address.put("addressRegion", villa.region());
		}
		if (villa.postalCode() != null) {
			address.put("postalCode", villa.postalCode());
		}
		address.put("addressCountry", villa.country());
		data.put("address", address);
		data.put("checkinTime", villa.checkInTime().toString());
		data.put("checkoutTime", villa.checkOutTime().toString());
		data.put("currenciesAccepted", "USD, EUR, IDR, GBP, AUD");
		data.put("image", gallery.stream().map((image) -> baseUrl + image.imageUrl()).toList());
		data.put("numberOfRooms", rooms.stream().mapToInt((room) -> room.units().size()).sum());
		rooms.stream()
			.map((room) -> room.nightlyRate().amount())
			.min(java.math.BigDecimal::compareTo)
			.ifPresent((lowest) -> data.put("priceRange",
					"from " + lowest.toPlainString() + " " + villa.baseCurrency() + " a night"));
		return data;
	}

}
