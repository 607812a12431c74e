package org.pondok;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingRequest;
import org.pondok.booking.BookingSource;
import org.pondok.booking.BookingView;
import org.pondok.booking.GuestDetails;
import org.pondok.booking.PaymentMethod;
import org.pondok.catalog.Catalog;
import org.pondok.inventory.NightsUnavailableException;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.StayPeriod;
import org.pondok.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A guest who books with script in the name, the requests and the e-mail is shown as text
 * on every staff page, in both languages, and no page lacks a text in either: each GET
 * page under {@code /staff} is found at run time and opened by the administrator (the
 * booking's own pages with its reference, lists filtered to find it), and no page carries
 * the markup unescaped.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:staff-page-escaping-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=true", "pondok.data-dir=target/staff-page-escaping-tests",
		"pondok.admin-password=escaping-admin-password", "pondok.demo-staff-password=escaping-staff-password" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPageEscapingTests {

	private static final String SCRIPT = "<script>alert('pwned')</script>";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	BookingManagement bookings;

	@Autowired
	Catalog catalog;

	private BookingView booking;

	/**
	 * Arrives today where a room is free today (so the dashboard shows it), else later.
	 */
	@BeforeAll
	void bookWithScript() {
		GuestDetails guest = new GuestDetails(SCRIPT, "\"><img src=x onerror=alert(1)>", "script@example.com", null,
				"GB", "en");
		for (int later : new int[] { 0, 90 }) {
			for (var room : this.catalog.rooms()) {
				try {
					this.booking = this.bookings.book(new BookingRequest(room.code(),
							StayPeriod.of(this.catalog.today().plusDays(later), 1), 1, 0, guest, null, CurrencyCode.USD,
							PaymentMethod.BANK_TRANSFER, SCRIPT, BookingSource.PHONE, "admin@pondok.local", null));
					return;
				}
				catch (NightsUnavailableException taken) {
					// try the next room
				}
			}
		}
		throw new IllegalStateException("No room free for the test booking");
	}

	@Test
	void everyStaffPageShowsTheGuestsMarkupAsText() throws Exception {
		List<String> pages = pages();
		assertThat(pages).as("staff pages found").isNotEmpty();
		List<String> unsafe = new ArrayList<>();

		for (String page : pages) {
			for (String language : List.of("en", "id")) {
				MvcTestResult result = this.mvc.get()
					.uri(page + (page.contains("?") ? "&" : "?") + "lang=" + language)
					.with(user("admin@pondok.local")
						.authorities(AuthorityUtils.createAuthorityList(Role.ADMIN.authorities())))
					.exchange();
				String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
				if (body.contains("<script>alert") || body.contains("<img src=x")) {
					unsafe.add(page + " (" + language + ")");
				}
				if (result.getResponse().getStatus() != 200 || body.contains("??")) {
					unsafe.add(page + " (" + language + "): status " + result.getResponse().getStatus()
							+ " or a text missing from the " + language + " messages");
				}
			}
		}

		assertThat(unsafe).isEmpty();
	}

	@Test
	void theBookingsOwnPageShowsItEscaped() {
		MvcTestResult result = this.mvc.get()
			.uri("/staff/bookings/" + this.booking.reference())
			.with(user("admin@pondok.local").authorities(AuthorityUtils.createAuthorityList(Role.ADMIN.authorities())))
			.exchange();

		assertThat(result).hasStatus(200);
		assertThat(result).bodyText().contains("&lt;script&gt;alert(").doesNotContain(SCRIPT);
	}

	private List<String> pages() {
		List<String> pages = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			var methods = entry.getKey().getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String path : entry.getKey().getPatternValues()) {
				if (!path.startsWith("/staff") || path.equals("/staff/login")) {
					continue;
				}
				String concrete = path.replace("{reference}", this.booking.reference().toString());
				if (concrete.contains("{")) {
					continue;
				}
				pages.add(concrete);
				if (concrete.equals("/staff/bookings")) {
					pages.add(concrete + "?q=script");
				}
			}
		}
		return pages;
	}

}
