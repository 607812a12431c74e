package org.pondok.web.site;

import java.util.ArrayList;
import java.util.List;

import org.pondok.catalog.Catalog;
import org.pondok.catalog.PackageView;
import org.pondok.catalog.RoomView;
import org.pondok.system.PondokProperties;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines read: {@code /robots.txt} (the staff side, the API and the booking
 * path are not for indexing) and {@code /sitemap.xml} with the home page, every room and
 * every package in each language, each listing its {@code hreflang} alternates.
 */
@RestController
class SitemapController {

	private final Catalog catalog;

	private final String baseUrl;

	SitemapController(Catalog catalog, PondokProperties properties) {
		this.catalog = catalog;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return """
				User-agent: *
				Disallow: /staff
				Disallow: /api
				Disallow: /book
				Disallow: /booking
				Sitemap: %s/sitemap.xml
				""".formatted(this.baseUrl);
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String sitemap() {
		List<String> paths = new ArrayList<>();
		paths.add("/");
		for (RoomView room : this.catalog.rooms()) {
			paths.add("/rooms/" + room.code());
		}
		for (PackageView offer : this.catalog.packages()) {
			paths.add("/packages/" + offer.code());
		}
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
				""");
		for (String path : paths) {
			for (String lang : SiteLanguages.CODES) {
				xml.append("  <url>\n    <loc>").append(address(path, lang)).append("</loc>\n");
				for (String other : SiteLanguages.CODES) {
					xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
						.append(other)
						.append("\" href=\"")
						.append(address(path, other))
						.append("\"/>\n");
				}
				xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
					.append(HtmlUtils.htmlEscape(this.baseUrl + path))
					.append("\"/>\n  </url>\n");
			}
		}
		return xml.append("</urlset>\n").toString();
	}

	private String address(String path, String lang) {
		return HtmlUtils.htmlEscape(this.baseUrl + path + "?lang=" + lang);
	}

}
