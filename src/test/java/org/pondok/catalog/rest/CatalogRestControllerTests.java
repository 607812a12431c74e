package org.pondok.catalog.rest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.VillaDetails;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public catalog's JSON as CONTRACT.md gives it. A mock user stands in for whatever
 * the security configuration lets through; these endpoints need no login.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:catalog-rest-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/catalog-tests" })
@AutoConfigureMockMvc
@WithMockUser
@Transactional
class CatalogRestControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Catalog catalog;

	@Test
	void listsRoomsWithTheNightlyRateAmountAsAString() {
		this.catalog
			.addRoom(new NewRoom("master-suite", "Master Suite", "Presidential luxury", "The whole upper floor.", 2, 2,
					4, "1 king bed", 95, List.of("Butler service"), Money.of("450", CurrencyCode.USD), 1, 1, null,
					Map.of("id", new NewRoom.Translation("Suite Utama", null, null))));

		assertThat(this.mvc.get().uri("/api/v1/rooms")).hasStatusOk()
			.bodyText()
			.contains("\"nightlyRate\":{\"amount\":\"450.00\",\"currency\":\"USD\"}");
		assertThat(this.mvc.get().uri("/api/v1/rooms")).bodyJson().isLenientlyEqualTo("""
				{"items":[{"code":"master-suite","name":"Master Suite","description":"The whole upper floor.",
				"maxAdults":2,"maxChildren":2,"maxOccupancy":4,"units":1,"amenities":["Butler service"],
				"minNights":1}]}
				""");
		assertThat(this.mvc.get().uri("/api/v1/rooms?lang=id")).bodyJson()
			.extractingPath("$.items[0].name")
			.isEqualTo("Suite Utama");
	}

	@Test
	void answersAnUnknownRoomWithANotFoundProblem() {
		assertThat(this.mvc.get().uri("/api/v1/rooms/nowhere")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://pondok.org/problems/not-found");
	}

	@Test
	void answersASearchBeforeThePropertyIsSetUpWithAServiceUnavailableProblem() {
		String checkIn = this.catalog.today().plusDays(30).toString();
		String checkOut = this.catalog.today().plusDays(32).toString();

		assertThat(this.mvc.get().uri("/api/v1/availability?checkIn={in}&checkOut={out}", checkIn, checkOut))
			.hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://pondok.org/problems/not-set-up");
	}

	@Test
	void showsTheVillaWithoutItsWifiDetails() {
		this.catalog.saveVilla(new VillaDetails("Villa Pondok Sari", null, null, "Jalan Raya Sayan 88", "Ubud", "Bali",
				"ID", null, null, null, null, null, ZoneId.of("Asia/Makassar"), LocalTime.of(14, 0),
				LocalTime.of(12, 0), null, "PondokSari-Guest", "terimakasih88", CurrencyCode.USD, new BigDecimal("11"),
				new BigDecimal("10"), new BigDecimal("30"), 14, new CancellationPolicy(7, new BigDecimal("50"))));

		assertThat(this.mvc.get().uri("/api/v1/villa")).hasStatusOk()
			.bodyText()
			.contains("\"checkInTime\":\"14:00\"", "\"timeZone\":\"Asia/Makassar\"", "\"taxPercent\":11")
			.doesNotContain("wifi", "PondokSari-Guest", "terimakasih88");
	}

	@Test
	void servesAnImageThatCachesForADayAndAnswersNotModifiedToItsETag() throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
		long id = this.catalog.addMedia("dot.png", "image/png", png.toByteArray());
		this.catalog.addHeroImage(id, "The pool", null, Map.of());
		String etag = "\"" + this.catalog.media(id).orElseThrow().sha256() + "\"";

		assertThat(this.mvc.get().uri("/media/{id}", id)).hasStatusOk()
			.hasContentType(MediaType.IMAGE_PNG)
			.hasHeader(HttpHeaders.ETAG, etag)
			.hasHeader(HttpHeaders.CACHE_CONTROL, "max-age=86400, public")
			.hasBodyTextEqualTo(png.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
		assertThat(this.mvc.get().uri("/media/{id}", id).header(HttpHeaders.IF_NONE_MATCH, etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri("/api/v1/gallery")).bodyJson()
			.isLenientlyEqualTo("{\"items\":[{\"title\":\"The pool\",\"imageUrl\":\"/media/" + id + "\"}]}");
	}

}
