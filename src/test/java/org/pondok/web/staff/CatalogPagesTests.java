package org.pondok.web.staff;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.CatalogManagement;
import org.pondok.catalog.GalleryImageSetup;
import org.pondok.catalog.RoomSetup;
import org.pondok.catalog.UnitSetup;
import org.pondok.inventory.Inventory;
import org.pondok.shared.StayPeriod;
import org.pondok.staff.Permission;
import org.pondok.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The villa manager's pages on the demo property: what they save shows at once on the
 * public API and in the audit trail, what is wrong is refused with a message and changes
 * nothing, and a member of the staff role reaches none of them.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:catalog-pages-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=true", "pondok.data-dir=target/catalog-pages-tests", "pondok.demo-staff-password=demo-password-1",
		"pondok.admin-password=admin-password-x1", "pondok.rate-limit-per-hour=1000000" })
@AutoConfigureMockMvc
class CatalogPagesTests {

	private static final String MANAGER = "manager@pondok.test";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogManagement management;

	@Autowired
	Catalog catalog;

	@Autowired
	Inventory inventory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aManagerChangesARoomsRateAndThePublicApiShowsItAtOnce() {
		assertThat(this.mvc.get().uri("/api/v1/rooms")).bodyText().contains("\"amount\":\"120.00\"");
		RoomSetup room = this.management.room("standard-room").orElseThrow();
		MultiValueMap<String, String> form = roomForm(room);
		form.set("nightlyRate", "175.00");

		assertThat(asManager(this.mvc.post().uri("/staff/rooms/standard-room").params(form))).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/staff/rooms/standard-room");

		assertThat(this.mvc.get().uri("/api/v1/rooms/standard-room")).hasStatusOk()
			.bodyText()
			.contains("\"nightlyRate\":{\"amount\":\"175.00\",\"currency\":\"USD\"}");
		assertThat(this.catalog.requireRoom("standard-room").nightlyRate().amount()).isEqualByComparingTo("175");
		assertThat(audit("room.updated", "standard-room"))
			.anySatisfy((details) -> assertThat(details).contains("nightly rate 120.00 USD → 175.00 USD"));
	}

	@Test
	void showsTheRoomListAndFormInEnglishAndIndonesian() {
		assertThat(asManager(this.mvc.get().uri("/staff/rooms"))).hasStatusOk()
			.bodyText()
			.contains("Master Suite", "master-suite", "450.00 USD", "On sale", "catalog.css");
		assertThat(asManager(this.mvc.get().uri("/staff/rooms?lang=id"))).hasStatusOk()
			.bodyText()
			.contains("Kamar baru", "Dijual");
		assertThat(asManager(this.mvc.get().uri("/staff/rooms/master-suite?lang=en"))).hasStatusOk()
			.bodyText()
			.contains("Suite Utama", "MASTER-SUITE-1", "name=\"version\"");
	}

	@Test
	void badInputIsShownNextToTheFieldAndChangesNothing() {
		RoomSetup before = this.management.room("deluxe-suite").orElseThrow();
		MultiValueMap<String, String> form = roomForm(before);
		form.set("name", " ");
		form.set("nightlyRate", "lots");
		form.set("maxOccupancy", "9");

		assertThat(asManager(this.mvc.post().uri("/staff/rooms/deluxe-suite?lang=en").params(form))).hasStatusOk()
			.bodyText()
			.contains("Please fill this in.", "Enter an amount such as 450.00.", "At most adults plus children.");

		assertThat(this.management.room("deluxe-suite").orElseThrow()).isEqualTo(before);
	}

	@Test
	void aConcurrentEditIsRefusedWithAMessage() {
		RoomSetup room = this.management.room("economy-room").orElseThrow();
		MultiValueMap<String, String> first = roomForm(room);
		first.set("summary", "Changed first");
		MultiValueMap<String, String> second = roomForm(room);
		second.set("summary", "Changed second");
		assertThat(asManager(this.mvc.post().uri("/staff/rooms/economy-room").params(first))).hasStatus3xxRedirection();

		assertThat(asManager(this.mvc.post().uri("/staff/rooms/economy-room?lang=en").params(second)))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashError",
					"Someone else saved a change here in the meantime. The form now shows what is stored: please make your change again.");

		assertThat(this.management.room("economy-room").orElseThrow().details().summary()).isEqualTo("Changed first");
	}

	@Test
	void aRoomNameWithMarkupIsShownEscaped() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("code", "script-room");
		form.add("name", "<script>alert(1)</script> Room");
		form.add("maxAdults", "2");
		form.add("maxChildren", "0");
		form.add("maxOccupancy", "2");
		form.add("nightlyRate", "99.50");
		form.add("minNights", "1");
		form.add("unitCount", "2");
		form.add("onSale", "true");

		assertThat(asManager(this.mvc.post().uri("/staff/rooms").params(form))).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/staff/rooms/script-room");

		assertThat(asManager(this.mvc.get().uri("/staff/rooms"))).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; Room")
			.doesNotContain("<script>alert(1)");
		assertThat(asManager(this.mvc.get().uri("/staff/rooms/script-room"))).bodyText()
			.doesNotContain("<script>alert(1)");
		assertThat(this.catalog.requireRoom("script-room").units()).hasSize(2);
		assertThat(audit("room.added", "script-room")).hasSize(1);
	}

	@Test
	void aTakenRoomCodeIsRefused() {
		MultiValueMap<String, String> form = roomForm(this.management.room("family-room").orElseThrow());
		form.set("code", "family-room");
		form.set("unitCount", "1");

		assertThat(asManager(this.mvc.post().uri("/staff/rooms?lang=en").params(form))).hasStatusOk()
			.bodyText()
			.contains("This code is already in use.");
	}

	@Test
	void aUnitHoldingFutureNightsStaysOnSaleAndAFreeOneIsTakenOff() {
		createRoom("twin-cabin", 2);
		List<UnitSetup> units = this.management.room("twin-cabin").orElseThrow().units();
		LocalDate today = this.catalog.today();
		this.inventory.block(units.get(0).id(), new StayPeriod(today.plusDays(10), today.plusDays(12)), "Repairs",
				MANAGER);

		assertThat(asManager(
				this.mvc.post().uri("/staff/rooms/twin-cabin/units/" + units.get(0).id() + "/off-sale?lang=en")))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashError", "Unit TWIN-CABIN-1 cannot be taken off sale: it holds 2 future night(s) of "
					+ "bookings or blocks. Move or cancel them first.");
		assertThat(asManager(this.mvc.post().uri("/staff/rooms/twin-cabin/units/" + units.get(1).id() + "/off-sale")))
			.hasStatus3xxRedirection();

		assertThat(this.management.room("twin-cabin").orElseThrow().units()).extracting(UnitSetup::onSale)
			.containsExactly(true, false);
		assertThat(this.mvc.get().uri("/api/v1/rooms/twin-cabin")).bodyJson().extractingPath("$.units").isEqualTo(1);
		assertThat(audit("unit.off_sale", "twin-cabin")).hasSize(1);
	}

	@Test
	void unitsCanBeAddedAndRenamed() {
		createRoom("garden-hut", 1);
		assertThat(asManager(this.mvc.post().uri("/staff/rooms/garden-hut/units").param("name", "Hut by the pond")))
			.hasStatus3xxRedirection();
		UnitSetup added = this.management.room("garden-hut").orElseThrow().units().get(1);
		assertThat(added.code()).isEqualTo("GARDEN-HUT-2");

		assertThat(
				asManager(this.mvc.post().uri("/staff/rooms/garden-hut/units/" + added.id()).param("name", "Pond Hut")))
			.hasStatus3xxRedirection();

		assertThat(this.management.room("garden-hut").orElseThrow().units()).extracting(UnitSetup::name)
			.containsExactly("Garden Hut 1", "Pond Hut");
		assertThat(audit("unit.renamed", "garden-hut")).singleElement()
			.asString()
			.contains("'Hut by the pond' → 'Pond Hut'");
	}

	@Test
	void anOverlappingSeasonIsRefusedAndNothingIsStored() {
		assertThat(asManager(this.mvc.post()
			.uri("/staff/rates")
			.params(season("family-room", "High season", "2031-07-01", "2031-09-01", "240.00"))))
			.hasStatus3xxRedirection();

		assertThat(asManager(this.mvc.post()
			.uri("/staff/rates?lang=en")
			.params(season("family-room", "August", "2031-08-15", "2031-09-15", "260.00")))).hasStatusOk()
			.bodyText()
			.contains("This season shares nights with the season &quot;High season&quot; of the same room.");
		assertThat(asManager(this.mvc.post()
			.uri("/staff/rates?lang=en")
			.params(season("family-room", "Backwards", "2031-10-10", "2031-10-01", "200.00")))).hasStatusOk()
			.bodyText()
			.contains("The season must end after it starts.");
		assertThat(asManager(this.mvc.post()
			.uri("/staff/rates?lang=en")
			.params(season("family-room", "Free", "2031-11-01", "2031-11-10", "0")))).hasStatusOk()
			.bodyText()
			.contains("The amount must be more than zero.");

		assertThat(this.catalog.seasonalRates("family-room", LocalDate.of(2031, 1, 1), LocalDate.of(2032, 1, 1)))
			.extracting((season) -> season.name())
			.containsExactly("High season");
		assertThat(audit("rate.added", null)).anySatisfy((details) -> assertThat(details).contains("High season"));
	}

	@Test
	void aSeasonCanBeChangedAndDeleted() {
		assertThat(asManager(this.mvc.post()
			.uri("/staff/rates")
			.params(season("master-suite", "Christmas", "2031-12-20", "2032-01-05", "700.00"))))
			.hasStatus3xxRedirection();
		long id = this.management.seasons(this.catalog.today())
			.stream()
			.filter((season) -> season.name().equals("Christmas"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(asManager(this.mvc.get().uri("/staff/rates"))).hasStatusOk()
			.bodyText()
			.contains("Christmas", "700.00 USD");

		assertThat(asManager(this.mvc.post()
			.uri("/staff/rates/" + id)
			.params(season("master-suite", "Christmas", "2031-12-18", "2032-01-05", "750.00"))))
			.hasStatus3xxRedirection();
		assertThat(this.management.season(id).orElseThrow().nightlyRate().amount()).isEqualByComparingTo("750");

		assertThat(asManager(this.mvc.post().uri("/staff/rates/" + id + "/delete"))).hasStatus3xxRedirection();
		assertThat(this.management.season(id)).isEmpty();
		assertThat(audit("rate.updated", String.valueOf(id))).singleElement()
			.asString()
			.contains("nightly rate 700.00 USD → 750.00 USD");
		assertThat(audit("rate.removed", String.valueOf(id))).hasSize(1);
	}

	@Test
	void aPackageIsChangedAndTheApiShowsIt() {
		var offer = this.management.findPackage("wellness-retreat").orElseThrow();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", offer.details().name());
		form.add("description", offer.details().description());
		form.add("inclusions", "Daily yoga\nSpa every day");
		form.add("price", "1399.00");
		form.add("minNights", "5");
		form.add("roomCodes", "master-suite");
		form.add("roomCodes", "family-room");
		form.add("active", "true");
		form.add("version", String.valueOf(offer.version()));
		form.add("translations[id].name", "Retret Kebugaran");

		assertThat(asManager(this.mvc.post().uri("/staff/packages/wellness-retreat").params(form)))
			.hasStatus3xxRedirection();

		assertThat(this.mvc.get().uri("/api/v1/packages")).bodyText()
			.contains("\"amount\":\"1399.00\"", "\"minNights\":5", "\"roomCodes\":[\"master-suite\",\"family-room\"]");
		assertThat(asManager(this.mvc.get().uri("/staff/packages"))).hasStatusOk()
			.bodyText()
			.contains("Wellness Retreat", "1399.00 USD");
		assertThat(audit("package.updated", "wellness-retreat")).singleElement()
			.asString()
			.contains("price 1299.00 USD → 1399.00 USD");
	}

	@Test
	void thePackageFormRefusesAPackageWithoutRooms() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("code", "no-rooms");
		form.add("name", "Nowhere");
		form.add("price", "10");
		form.add("minNights", "1");

		assertThat(asManager(this.mvc.post().uri("/staff/packages?lang=en").params(form))).hasStatusOk()
			.bodyText()
			.contains("Choose at least one room.");
		assertThat(this.management.findPackage("no-rooms")).isEmpty();
	}

	@Test
	void theVillaIsChangedWithoutItsWifiPasswordInTheAuditTrail() {
		VillaForm form = VillaForm.of(this.management.villa().orElseThrow());
		MultiValueMap<String, String> params = villaParams(form);
		params.set("taxPercent", "12.5");
		params.set("wifiPassword", "new-secret-wifi");
		params.set("timeZone", "Asia/Makassar");

		assertThat(asManager(this.mvc.post().uri("/staff/villa").params(params))).hasStatus3xxRedirection();

		assertThat(this.mvc.get().uri("/api/v1/villa")).hasStatusOk().bodyText().contains("12.5");
		assertThat(audit("villa.updated", null)).singleElement()
			.asString()
			.contains("tax % 11 → 12.5", "WiFi password")
			.doesNotContain("new-secret-wifi", "terimakasih88");
	}

	@Test
	void theVillaFormRefusesAnUnknownTimeZoneAndChangesNothing() {
		VillaForm form = VillaForm.of(this.management.villa().orElseThrow());
		MultiValueMap<String, String> params = villaParams(form);
		params.set("timeZone", "Mars/Olympus");
		params.set("depositPercent", "130");

		assertThat(asManager(this.mvc.post().uri("/staff/villa?lang=en").params(params))).hasStatusOk()
			.bodyText()
			.contains("Choose a time zone from the list.", "Enter a percentage from 0 to 100.");
		assertThat(this.catalog.villa().depositPercent()).isEqualByComparingTo("30");
	}

	@Test
	void aTextFileNamedJpgIsRefused() {
		int before = this.management.gallery().size();
		MockMultipartFile file = new MockMultipartFile("file", "beach.jpg", "image/jpeg",
				"this is not a picture".getBytes(StandardCharsets.UTF_8));

		assertThat(asManager(this.mvc.post()
			.uri("/staff/gallery?lang=en")
			.multipart()
			.file(file)
			.param("captions[en].title", "Beach"))).hasStatusOk()
			.bodyText()
			.contains("This file is not a JPEG, PNG or WebP image, whatever its name says.");

		assertThat(this.management.gallery()).hasSize(before);
	}

	@Test
	void aRealPngIsAcceptedAndShown() throws IOException {
		MockMultipartFile file = new MockMultipartFile("file", "../../sunrise.png", "application/octet-stream", png());

		assertThat(asManager(this.mvc.post()
			.uri("/staff/gallery")
			.multipart()
			.file(file)
			.param("captions[en].title", "Sunrise <b>over</b> the pool")
			.param("captions[en].caption", "Early light")
			.param("captions[id].title", "Matahari terbit"))).hasStatus3xxRedirection();

		GalleryImageSetup added = this.management.gallery().get(this.management.gallery().size() - 1);
		assertThat(added.english().title()).isEqualTo("Sunrise <b>over</b> the pool");
		assertThat(added.translations().get("id").title()).isEqualTo("Matahari terbit");
		assertThat(asManager(this.mvc.get().uri("/staff/gallery"))).hasStatusOk()
			.bodyText()
			.contains("Sunrise &lt;b&gt;over&lt;/b&gt; the pool", added.imageUrl());
		assertThat(this.mvc.get().uri("/api/v1/gallery?lang=id")).bodyText().contains("Matahari terbit");
		assertThat(this.mvc.get().uri(added.imageUrl())).hasStatusOk().hasContentType("image/png");
		assertThat(audit("gallery.image_added", String.valueOf(added.id()))).singleElement()
			.asString()
			.contains("sunrise.png", "image/png", "40×30");
	}

	@Test
	void galleryImagesMoveAndHide() {
		List<GalleryImageSetup> before = this.management.gallery();
		GalleryImageSetup second = before.get(1);

		assertThat(asManager(this.mvc.post().uri("/staff/gallery/" + second.id() + "/up"))).hasStatus3xxRedirection();
		assertThat(this.management.gallery().get(0).id()).isEqualTo(second.id());

		GalleryForm form = GalleryForm.of(this.management.gallery().get(0));
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		form.getCaptions().forEach((language, caption) -> {
			params.add("captions[" + language + "].title", caption.getTitle());
			params.add("captions[" + language + "].caption", caption.getCaption());
		});
		params.add("version", String.valueOf(form.getVersion()));
		params.add("_active", "on");
		assertThat(asManager(this.mvc.post().uri("/staff/gallery/" + second.id()).params(params)))
			.hasStatus3xxRedirection();

		assertThat(this.management.gallery().get(0).active()).isFalse();
		assertThat(this.mvc.get().uri("/api/v1/gallery")).bodyText().doesNotContain(second.english().title());
		assertThat(audit("gallery.image_moved", String.valueOf(second.id()))).hasSize(1);
	}

	@Test
	void theStaffRoleIsRefusedEveryPageAndChange() {
		List<String> pages = List.of("/staff/rooms", "/staff/rooms/new", "/staff/rooms/master-suite", "/staff/rates",
				"/staff/packages", "/staff/packages/new", "/staff/packages/romantic-getaway", "/staff/villa",
				"/staff/gallery");
		for (String page : pages) {
			assertThat(asStaff(this.mvc.get().uri(page))).as(page).hasStatus(403);
		}
		List<String> changes = List.of("/staff/rooms", "/staff/rooms/master-suite", "/staff/rooms/master-suite/units",
				"/staff/rates", "/staff/rates/1", "/staff/rates/1/delete", "/staff/packages",
				"/staff/packages/romantic-getaway", "/staff/villa", "/staff/gallery/1/up", "/staff/gallery/1/delete");
		for (String change : changes) {
			assertThat(asStaff(this.mvc.post().uri(change).param("name", "Taken over"))).as(change).hasStatus(403);
		}
		assertThat(asStaff(this.mvc.post()
			.uri("/staff/gallery")
			.multipart()
			.file(new MockMultipartFile("file", "x.png", "image/png", new byte[] { 1 })))).hasStatus(403);
		assertThat(this.catalog.requireRoom("master-suite").name()).isEqualTo("Master Suite");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE actor = 'desk@pondok.test'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void everyFormRendersInBothLanguages() {
		long image = this.management.gallery().get(0).id();
		for (String lang : List.of("en", "id")) {
			for (String page : List.of("/staff/rooms/new", "/staff/packages/new", "/staff/packages/romantic-getaway",
					"/staff/rates?room=family-room", "/staff/gallery", "/staff/gallery/" + image, "/staff/villa")) {
				assertThat(asManager(this.mvc.get().uri(page + (page.contains("?") ? "&" : "?") + "lang=" + lang)))
					.as(page)
					.hasStatusOk()
					.bodyText()
					.contains("name=\"_csrf\"")
					.doesNotContain("??");
			}
		}
		assertThat(asManager(this.mvc.get().uri("/staff/packages/romantic-getaway?lang=id"))).bodyText()
			.contains("Liburan Romantis", "Kamar yang berlaku");
	}

	@Test
	void aManagerSeesTheLinksToThePages() {
		assertThat(asManager(this.mvc.get().uri("/staff/villa"))).hasStatusOk()
			.bodyText()
			.contains("href=\"/staff/rooms\"", "href=\"/staff/gallery\"", "Asia/Makassar", "USD");
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B asManager(B request) {
		return request.with(as(MANAGER, Role.MANAGER)).with(csrf());
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B asStaff(B request) {
		return request.with(as("desk@pondok.test", Role.STAFF)).with(csrf());
	}

	private static RequestPostProcessor as(String email, Role role) {
		return user(email).authorities(
				role.permissions().stream().map(Permission::authority).map(SimpleGrantedAuthority::new).toList());
	}

	private void createRoom(String code, int units) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("code", code);
		form.add("name",
				code.substring(0, 1).toUpperCase() + code.substring(1).replace("-h", " H").replace("-c", " C"));
		form.add("maxAdults", "2");
		form.add("maxChildren", "1");
		form.add("maxOccupancy", "3");
		form.add("nightlyRate", "80");
		form.add("minNights", "1");
		form.add("unitCount", String.valueOf(units));
		form.add("onSale", "true");
		assertThat(asManager(this.mvc.post().uri("/staff/rooms").params(form))).hasStatus3xxRedirection();
	}

	private static MultiValueMap<String, String> roomForm(RoomSetup room) {
		RoomForm form = RoomForm.of(room);
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("name", form.getName());
		params.add("summary", form.getSummary());
		params.add("description", form.getDescription());
		params.add("maxAdults", form.getMaxAdults());
		params.add("maxChildren", form.getMaxChildren());
		params.add("maxOccupancy", form.getMaxOccupancy());
		params.add("bedSetup", form.getBedSetup());
		params.add("sizeSqm", form.getSizeSqm());
		params.add("amenities", form.getAmenities());
		params.add("nightlyRate", form.getNightlyRate());
		params.add("minNights", form.getMinNights());
		params.add("onSale", String.valueOf(form.isOnSale()));
		params.add("version", String.valueOf(form.getVersion()));
		form.getTranslations().forEach((language, text) -> {
			params.add("translations[" + language + "].name", text.getName());
			params.add("translations[" + language + "].summary", text.getSummary());
			params.add("translations[" + language + "].description", text.getDescription());
		});
		return params;
	}

	private static MultiValueMap<String, String> season(String room, String name, String from, String to, String rate) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("roomCode", room);
		params.add("name", name);
		params.add("startDate", from);
		params.add("endDate", to);
		params.add("nightlyRate", rate);
		params.add("minNights", "2");
		return params;
	}

	private static MultiValueMap<String, String> villaParams(VillaForm form) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("name", form.getName());
		params.add("tagline", form.getTagline());
		params.add("description", form.getDescription());
		params.add("address", form.getAddress());
		params.add("city", form.getCity());
		params.add("region", form.getRegion());
		params.add("country", form.getCountry());
		params.add("postalCode", form.getPostalCode());
		params.add("phone", form.getPhone());
		params.add("email", form.getEmail());
		params.add("whatsapp", form.getWhatsapp());
		params.add("website", form.getWebsite());
		params.add("timeZone", form.getTimeZone());
		params.add("checkInTime", form.getCheckInTime());
		params.add("checkOutTime", form.getCheckOutTime());
		params.add("houseRules", form.getHouseRules());
		params.add("wifiName", form.getWifiName());
		params.add("wifiPassword", form.getWifiPassword());
		params.add("taxPercent", form.getTaxPercent());
		params.add("serviceChargePercent", form.getServiceChargePercent());
		params.add("depositPercent", form.getDepositPercent());
		params.add("balanceDueDays", form.getBalanceDueDays());
		params.add("freeCancellationDays", form.getFreeCancellationDays());
		params.add("cancellationFeePercent", form.getCancellationFeePercent());
		params.add("version", String.valueOf(form.getVersion()));
		return params;
	}

	private List<String> audit(String action, @Nullable String targetId) {
		String sql = "SELECT details FROM audit_events WHERE action = :action AND actor = :actor"
				+ ((targetId != null) ? " AND target_id = :target" : "");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("action", action).param("actor", MANAGER);
		if (targetId != null) {
			statement = statement.param("target", targetId);
		}
		return statement.query(String.class).list();
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, 40, 30);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
