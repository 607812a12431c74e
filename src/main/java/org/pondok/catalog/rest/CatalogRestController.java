package org.pondok.catalog.rest;

import java.time.Duration;

import org.pondok.catalog.Catalog;
import org.pondok.catalog.MediaContent;
import org.pondok.catalog.UnknownRoomException;
import org.pondok.shared.Problems;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only catalog: no login. {@code ?lang=xx} picks the language of the
 * texts, English where one has no translation.
 */
@RestController
class CatalogRestController {

	private static final CacheControl ONE_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final Catalog catalog;

	CatalogRestController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/api/v1/rooms")
	ItemsResponse<RoomResponse> rooms(@RequestParam(name = "lang", defaultValue = "en") String language) {
		return new ItemsResponse<>(this.catalog.rooms(language).stream().map(RoomResponse::of).toList());
	}

	@GetMapping("/api/v1/rooms/{code}")
	RoomResponse room(@PathVariable String code, @RequestParam(name = "lang", defaultValue = "en") String language) {
		return this.catalog.room(code, language)
			.map(RoomResponse::of)
			.orElseThrow(() -> new UnknownRoomException(code));
	}

	@GetMapping("/api/v1/packages")
	ItemsResponse<PackageResponse> packages(@RequestParam(name = "lang", defaultValue = "en") String language) {
		return new ItemsResponse<>(this.catalog.packages(language).stream().map(PackageResponse::of).toList());
	}

	@GetMapping("/api/v1/villa")
	ResponseEntity<?> villa() {
		return this.catalog.findVilla()
			.<ResponseEntity<?>>map((villa) -> ResponseEntity.ok(VillaResponse.of(villa)))
			.orElseGet(() -> ResponseEntity.of(Problems.notFound("The villa has not been set up yet")).build());
	}

	@GetMapping("/api/v1/gallery")
	ItemsResponse<GalleryItemResponse> gallery(@RequestParam(name = "lang", defaultValue = "en") String language) {
		return new ItemsResponse<>(this.catalog.gallery(language).stream().map(GalleryItemResponse::of).toList());
	}

	/**
	 * An image, cacheable for a day; its entity tag is its SHA-256, so a matching
	 * {@code If-None-Match} is answered {@code 304} by Spring MVC.
	 */
	@GetMapping("/media/{id}")
	ResponseEntity<byte[]> media(@PathVariable long id) {
		return this.catalog.media(id)
			.map(CatalogRestController::image)
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private static ResponseEntity<byte[]> image(MediaContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.eTag(content.sha256())
			.cacheControl(ONE_DAY)
			.body(content.data());
	}

	@ExceptionHandler(UnknownRoomException.class)
	ResponseEntity<ProblemDetail> unknownRoom(UnknownRoomException ex) {
		return ResponseEntity.of(Problems.notFound(ex.getMessage())).build();
	}

}
