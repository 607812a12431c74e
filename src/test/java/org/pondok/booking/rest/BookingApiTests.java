package org.pondok.booking.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.NewPackage;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.VillaDetails;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.system.SystemSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking API as a client meets it: bad input is a 400 naming the field and stores
 * nothing; taken nights, illegal moves, reused keys and unknown references each get their
 * own problem type.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:booking-api-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/booking-api-tests", "pondok.admin-password=admin-password-x1" })
@AutoConfigureMockMvc
class BookingApiTests {

	private static final LocalDate FAR = LocalDate.now(ZoneId.of("Asia/Makassar")).plusDays(200);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Catalog catalog;

	@Autowired
	SystemSettings settings;

	private static int nextDay;

	@BeforeEach
	void property() {
		if (!this.catalog.hasVilla()) {
			this.catalog.saveVilla(new VillaDetails("Test Villa", null, null, "Jl. Uji 1", null, null, "ID", null, null,
					null, null, null, ZoneId.of("Asia/Makassar"), LocalTime.of(14, 0), LocalTime.of(12, 0), null, null,
					null, CurrencyCode.USD, new BigDecimal("11"), BigDecimal.TEN, new BigDecimal("30"), 14,
					new CancellationPolicy(7, new BigDecimal("50"))));
			this.catalog.addRoom(new NewRoom("garden-room", "Garden Room", null, null, 2, 1, 3, null, null, List.of(),
					Money.of("120", CurrencyCode.USD), 1, 1, null, Map.of()));
			this.catalog.addRoom(new NewRoom("pool-villa", "Pool Villa", null, null, 4, 2, 6, null, null, List.of(),
					Money.of("300", CurrencyCode.USD), 1, 1, null, Map.of()));
			this.catalog.addPackage(new NewPackage("honeymoon", "Honeymoon", null, null, List.of("Flowers"),
					Money.of("500", CurrencyCode.USD), 3, List.of("pool-villa"), Map.of()));
		}
	}

	@Test
	void booksAStayAndAnswersWithTheReferenceAndPrice() {
		LocalDate checkIn = freshDate();

		MvcTestResult result = post(booking("garden-room", checkIn, checkIn.plusDays(2), "\"currency\":\"IDR\""), null);

		assertThat(result).hasStatus(201);
		assertThat(result).headers().containsHeader("Location");
		assertThat(result).bodyJson().extractingPath("$.reference").asString().matches("BK-\\d{6,}");
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("pending");
		assertThat(result).bodyJson().extractingPath("$.total.currency").isEqualTo("IDR");
		assertThat(result).bodyJson().extractingPath("$.total.amount").asString().doesNotContain(".");
	}

	@Test
	void refusesBadInputNamingTheField() {
		LocalDate in = freshDate();
		assertField(booking("garden-room", in, in, ""), "checkOut");
		assertField(booking("garden-room", LocalDate.now().minusDays(3), LocalDate.now().minusDays(1), ""), "checkIn");
		assertField(booking("garden-room", in, in.plusDays(40), ""), "checkOut");
		assertField(booking("garden-room", in, in.plusDays(2), "").replace("\"adults\":2", "\"adults\":3"), "adults");
		assertField(booking("garden-room", in, in.plusDays(2), "").replace("\"adults\":2", "\"adults\":0"), "adults");
		assertField(booking("no-such-room", in, in.plusDays(2), ""), "roomCode");
		assertField(booking("garden-room", in, in.plusDays(2), "\"packageCode\":\"nope\""), "packageCode");
		assertField(booking("garden-room", in, in.plusDays(3), "\"packageCode\":\"honeymoon\""), "packageCode");
		assertField(booking("pool-villa", in, in.plusDays(2), "\"packageCode\":\"honeymoon\""), "packageCode");
		assertField(booking("garden-room", in, in.plusDays(2), "\"currency\":\"JPY\""), "currency");
		assertField(booking("garden-room", in, in.plusDays(2), "").replace("bank_transfer", "bitcoin"),
				"paymentMethod");
		assertField(booking("garden-room", in, in.plusDays(2), "").replace("guest@example.com", "not-an-email"),
				"guest.email");
		assertField(booking("garden-room", in, in.plusDays(2), "").replace("\"" + in + "\"", "\"2027-02-30\""),
				"checkIn");
		assertField(booking("garden-room", in, in.plusDays(2), "").replace("\"adults\":2", "\"adults\":\"two\""),
				"adults");
		assertField("{\"roomCode\": \"garden-room\", ", "body");

		assertThat(this.mvc.get().uri("/api/v1/availability?checkIn=2027-02-30&checkOut={out}", in.plusDays(2)))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("checkIn");
		assertThat(this.mvc.get().uri("/api/v1/availability?checkIn={in}&checkOut=soon", in)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("checkOut");
		assertThat(this.mvc.get().uri("/api/v1/availability?checkOut={out}", in.plusDays(2))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0]")
			.isEqualTo(java.util.Map.of("field", "checkIn", "message", "is required"));
		assertThat(
				this.mvc.get().uri("/api/v1/availability?checkIn={in}&checkOut={out}&adults=two", in, in.plusDays(2)))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("adults");

		assertThat(this.mvc.get().uri("/api/v1/availability?checkIn={in}&checkOut={out}", in, in.plusDays(2)))
			.bodyJson()
			.extractingPath("$.rooms[0].unitsLeft")
			.isEqualTo(1);
	}

	@Test
	void refusesABodyOverOneMegabyte() {
		String huge = booking("garden-room", freshDate(), freshDate(),
				"\"specialRequests\":\"" + "x".repeat(1_100_000) + "\"");

		assertThat(post(huge, null)).hasStatus(413)
			.bodyJson()
			.extractingPath("$.type")
			.asString()
			.endsWith("/payload-too-large");
	}

	@Test
	void aTakenNightIsAConflict() {
		LocalDate checkIn = freshDate();
		assertThat(post(booking("garden-room", checkIn, checkIn.plusDays(3), ""), null)).hasStatus(201);

		MvcTestResult second = post(booking("garden-room", checkIn.plusDays(2), checkIn.plusDays(4), ""), null);

		assertThat(second).hasStatus(409).bodyJson().extractingPath("$.type").asString().endsWith("/unavailable");
	}

	@Test
	void aRetryUnderTheSameKeyReturnsTheFirstBookingAndAnotherBodyIsRefused() throws Exception {
		LocalDate checkIn = freshDate();
		String body = booking("garden-room", checkIn, checkIn.plusDays(1), "");

		MvcTestResult first = post(body, "key-" + checkIn);
		MvcTestResult again = post(body, "key-" + checkIn);
		MvcTestResult other = post(body.replace("Guest", "Other"), "key-" + checkIn);

		assertThat(first).hasStatus(201);
		assertThat(again).hasStatus(200).headers().hasValue("Idempotent-Replayed", "true");
		assertThat(again).bodyJson()
			.extractingPath("$.reference")
			.isEqualTo(com.jayway.jsonpath.JsonPath.read(first.getResponse().getContentAsString(), "$.reference"));
		assertThat(other).hasStatus(422)
			.bodyJson()
			.extractingPath("$.type")
			.asString()
			.endsWith("/idempotency-conflict");
	}

	@Test
	@WithMockUser(username = "desk@pondok.test", authorities = { "bookings.read", "bookings.write" })
	void movesABookingThroughItsLifeCycleAndRefusesIllegalMoves() throws Exception {
		LocalDate checkIn = freshDate();
		String reference = com.jayway.jsonpath.JsonPath.read(
				post(booking("garden-room", checkIn, checkIn.plusDays(2), ""), null).getResponse().getContentAsString(),
				"$.reference");

		assertThat(this.mvc.post().uri("/api/v1/bookings/{ref}/check-in", reference)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.asString()
			.endsWith("/illegal-transition");
		assertThat(this.mvc.post().uri("/api/v1/bookings/{ref}/confirm", reference)).hasStatus(200)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("confirmed");
		assertThat(this.mvc.post()
			.uri("/api/v1/bookings/{ref}/cancel", reference)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Guest asked\"}")).hasStatus(200)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("cancelled");
		assertThat(this.mvc.get().uri("/api/v1/bookings/{ref}", reference)).bodyJson()
			.extractingPath("$.history[2].by")
			.isEqualTo("desk@pondok.test");
		assertThat(post(booking("garden-room", checkIn, checkIn.plusDays(2), ""), null)).as("nights released")
			.hasStatus(201);
		assertThat(this.mvc.get().uri("/api/v1/bookings/BK-999999")).hasStatus(404);
		assertThat(this.mvc.post().uri("/api/v1/bookings/{ref}/teleport", reference)).hasStatus(404);
	}

	@Test
	@WithMockUser(username = "desk@pondok.test", authorities = { "bookings.read", "bookings.write" })
	void changesTheStayOnlyWhenTheNewNightsAreFree() throws Exception {
		LocalDate checkIn = freshDate();
		String reference = com.jayway.jsonpath.JsonPath.read(
				post(booking("garden-room", checkIn, checkIn.plusDays(2), ""), null).getResponse().getContentAsString(),
				"$.reference");
		LocalDate blocked = freshDate();
		assertThat(post(booking("garden-room", blocked, blocked.plusDays(1), ""), null)).hasStatus(201);

		assertThat(this.mvc.put()
			.uri("/api/v1/bookings/{ref}/stay", reference)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"checkIn\":\"" + blocked + "\",\"checkOut\":\"" + blocked.plusDays(2) + "\"}")).hasStatus(409);
		assertThat(this.mvc.get().uri("/api/v1/bookings/{ref}", reference)).bodyJson()
			.extractingPath("$.checkIn")
			.isEqualTo(checkIn.toString());
		assertThat(this.mvc.put()
			.uri("/api/v1/bookings/{ref}/stay", reference)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"roomCode\":\"pool-villa\",\"checkIn\":\"" + blocked + "\",\"checkOut\":\""
					+ blocked.plusDays(2) + "\"}"))
			.hasStatus(200)
			.bodyJson()
			.extractingPath("$.roomCode")
			.isEqualTo("pool-villa");
	}

	@Test
	void keepsTurnoverBufferNightsFreeAfterADeparture() {
		LocalDate checkIn = freshDate();
		this.settings.update("booking.turnover_buffer_nights", 1, "test");
		try {
			assertThat(post(booking("garden-room", checkIn, checkIn.plusDays(2), ""), null)).hasStatus(201);

			assertThat(post(booking("garden-room", checkIn.plusDays(2), checkIn.plusDays(3), ""), null)).hasStatus(409);
			assertThat(post(booking("garden-room", checkIn.plusDays(3), checkIn.plusDays(4), ""), null)).hasStatus(201);
		}
		finally {
			this.settings.update("booking.turnover_buffer_nights", 0, "test");
		}
	}

	@Test
	void staffEndpointsNeedAToken() {
		assertThat(this.mvc.get().uri("/api/v1/bookings")).hasStatus(401)
			.bodyJson()
			.extractingPath("$.type")
			.asString()
			.endsWith("/unauthorized");
	}

	@Test
	@WithMockUser(authorities = "inventory.read")
	void aRoleWithoutThePermissionIsForbidden() {
		assertThat(this.mvc.get().uri("/api/v1/bookings")).hasStatus(403);
	}

	private void assertField(String body, String field) {
		MvcTestResult result = post(body, null);
		assertThat(result).as(body.length() > 300 ? body.substring(0, 300) : body).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.type").asString().endsWith("/validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
	}

	@Test
	void describesTheApiInOpenApiWithExamplesAndAnswersOnlyInJson() throws Exception {
		MvcTestResult json = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(json).hasStatus(200);
		assertThat(json).bodyJson().extractingPath("$.paths['/api/v1/availability'].get").isNotNull();
		assertThat(json).bodyJson()
			.extractingPath("$.paths['/api/v1/availability'].get.parameters[*].name")
			.asArray()
			.containsExactlyInAnyOrder("checkIn", "checkOut", "adults", "children", "currency");
		assertThat(json).bodyJson().extractingPath("$.paths['/api/v1/bookings'].post").isNotNull();
		assertThat(json).bodyJson()
			.extractingPath("$.components.schemas.CreateBookingRequest.properties.roomCode.example")
			.isEqualTo("deluxe-suite");
		MvcTestResult yaml = this.mvc.get().uri("/v3/api-docs.yaml").exchange();
		assertThat(yaml).hasStatus(200);
		assertThat(yaml.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("/api/v1/availability:");

		MvcTestResult asYaml = this.mvc.get()
			.uri("/api/v1/availability?checkIn=" + FAR + "&checkOut=" + FAR.plusDays(2))
			.accept(MediaType.APPLICATION_YAML)
			.exchange();
		assertThat(asYaml).hasStatus(406);
	}

	private MvcTestResult post(String body, String key) {
		var request = this.mvc.post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON).content(body);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.exchange();
	}

	private static synchronized LocalDate freshDate() {
		nextDay += 7;
		return FAR.plusDays(nextDay);
	}

	private static String booking(String room, LocalDate checkIn, LocalDate checkOut, String extra) {
		return """
				{"roomCode":"%s","checkIn":"%s","checkOut":"%s","adults":2,"children":0,
				 "guest":{"firstName":"Guest","lastName":"Tester","email":"guest@example.com","country":"GB","language":"en"},
				 "paymentMethod":"bank_transfer"%s}
				"""
			.formatted(room, checkIn, checkOut, extra.isEmpty() ? "" : "," + extra);
	}

}
