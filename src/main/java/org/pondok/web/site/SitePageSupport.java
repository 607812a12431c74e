package org.pondok.web.site;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.VillaView;
import org.pondok.shared.CurrencyCode;
import org.pondok.system.Currencies;
import org.pondok.system.PondokProperties;
import org.pondok.system.SystemSettings;

import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every guest page needs: the guest's language and currency (a {@code ?currency=}
 * choice is kept in a cookie, as {@code ?lang=} is), the formats for them, the villa and
 * its contact details, the switchers' links and the {@code hreflang} alternates.
 */
@ControllerAdvice(basePackageClasses = SitePageSupport.class)
class SitePageSupport {

	static final String CURRENCY_COOKIE = "pondok-currency";

	private final Catalog catalog;

	private final Currencies currencies;

	private final SystemSettings settings;

	private final String baseUrl;

	SitePageSupport(Catalog catalog, Currencies currencies, SystemSettings settings, PondokProperties properties) {
		this.catalog = catalog;
		this.currencies = currencies;
		this.settings = settings;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	@ModelAttribute("lang")
	String lang(HttpServletRequest request) {
		return SiteLanguages.supported(RequestContextUtils.getLocale(request)).getLanguage();
	}

	@ModelAttribute("currency")
	CurrencyCode currency(HttpServletRequest request, HttpServletResponse response) {
		return chosenCurrency(request, response);
	}

	@ModelAttribute("fmt")
	SiteFormat format(HttpServletRequest request, HttpServletResponse response) {
		CurrencyCode currency = chosenCurrency(request, response);
		CurrencyCode base = this.catalog.findVilla().map(VillaView::baseCurrency).orElse(CurrencyCode.USD);
		BigDecimal rate = (currency == base) ? BigDecimal.ONE : this.currencies.rate(currency);
		return new SiteFormat(SiteLanguages.supported(RequestContextUtils.getLocale(request)), currency, base, rate);
	}

	/**
	 * The villa with its texts in the guest's language.
	 */
	@ModelAttribute("villa")
	@Nullable VillaView villa(HttpServletRequest request) {
		return this.catalog.findVilla(lang(request)).orElse(null);
	}

	@ModelAttribute("siteName")
	String siteName() {
		return this.catalog.findVilla()
			.map(VillaView::name)
			.orElseGet(() -> this.settings.text("general.site_name", "Pondok"));
	}

	@ModelAttribute("contact")
	Contact contact() {
		VillaView villa = this.catalog.findVilla().orElse(null);
		String email = (villa != null && villa.email() != null) ? villa.email()
				: this.settings.text("general.contact_email", "");
		String phone = (villa != null && villa.phone() != null) ? villa.phone()
				: this.settings.text("general.contact_phone", "");
		return new Contact(email, phone, (villa != null) ? villa.whatsapp() : null,
				this.settings.text("general.google_maps_url", ""));
	}

	/**
	 * Makes the booking pages' CSRF token (and so the session) before the page is
	 * written: a long page may be sent in part before its form asks for the token.
	 */
	@ModelAttribute("csrfReady")
	boolean csrfReady(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/book") && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
			return true;
		}
		return false;
	}

	@ModelAttribute("baseUrl")
	String baseUrl() {
		return this.baseUrl;
	}

	@ModelAttribute("languages")
	List<Choice> languages(HttpServletRequest request) {
		String current = lang(request);
		List<Choice> choices = new ArrayList<>();
		for (String code : SiteLanguages.CODES) {
			choices.add(new Choice(code, SiteLanguages.nativeName(code), switchTo(request, "lang", code),
					code.equals(current)));
		}
		return choices;
	}

	@ModelAttribute("currencies")
	List<Choice> currencies(HttpServletRequest request, HttpServletResponse response) {
		CurrencyCode current = chosenCurrency(request, response);
		return offered().stream()
			.map((code) -> new Choice(code.name(), code.name(), switchTo(request, "currency", code.name()),
					code == current))
			.toList();
	}

	/**
	 * This page in each language, as absolute addresses for {@code hreflang} links; the
	 * page without a language is the {@code x-default}.
	 */
	@ModelAttribute("alternates")
	List<Choice> alternates(HttpServletRequest request) {
		List<Choice> alternates = new ArrayList<>();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String code : SiteLanguages.CODES) {
			alternates.add(new Choice(code, SiteLanguages.nativeName(code),
					this.baseUrl + UriComponentsBuilder.fromPath(path).queryParam("lang", code).build().toUriString(),
					false));
		}
		alternates.add(new Choice("x-default", "", this.baseUrl + path, false));
		return alternates;
	}

	/**
	 * This page's language as Open Graph names it, and the others it is offered in.
	 */
	@ModelAttribute("openGraphLocales")
	List<String> openGraphLocales(HttpServletRequest request) {
		String current = lang(request);
		List<String> locales = new ArrayList<>();
		locales.add(SiteLanguages.openGraphLocale(current));
		SiteLanguages.CODES.stream()
			.filter((code) -> !code.equals(current))
			.map(SiteLanguages::openGraphLocale)
			.forEach(locales::add);
		return locales;
	}

	@ModelAttribute("canonical")
	String canonical(HttpServletRequest request) {
		return this.baseUrl + request.getRequestURI().substring(request.getContextPath().length()) + "?lang="
				+ lang(request);
	}

	private List<CurrencyCode> offered() {
		List<CurrencyCode> offered = new ArrayList<>();
		for (CurrencyCode code : CurrencyCode.values()) {
			if (isOffered(code)) {
				offered.add(code);
			}
		}
		return offered;
	}

	private boolean isOffered(CurrencyCode code) {
		try {
			this.currencies.rate(code);
			return true;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	/**
	 * The currency asked for with {@code ?currency=} (and then kept in a cookie), else
	 * the cookie's, else the base currency.
	 */
	CurrencyCode chosenCurrency(HttpServletRequest request, @Nullable HttpServletResponse response) {
		Object known = request.getAttribute(CURRENCY_COOKIE);
		if (known instanceof CurrencyCode code) {
			return code;
		}
		CurrencyCode chosen = parse(request.getParameter("currency"));
		if (chosen != null && response != null) {
			response.addHeader("Set-Cookie",
					ResponseCookie.from(CURRENCY_COOKIE, chosen.name())
						.path("/")
						.maxAge(Duration.ofDays(365))
						.sameSite("Lax")
						.httpOnly(true)
						.secure(request.isSecure())
						.build()
						.toString());
		}
		if (chosen == null && request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (CURRENCY_COOKIE.equals(cookie.getName())) {
					chosen = parse(cookie.getValue());
				}
			}
		}
		if (chosen == null) {
			chosen = this.catalog.findVilla().map(VillaView::baseCurrency).orElse(CurrencyCode.USD);
		}
		request.setAttribute(CURRENCY_COOKIE, chosen);
		return chosen;
	}

	private @Nullable CurrencyCode parse(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			CurrencyCode parsed = CurrencyCode.parse(code);
			return isOffered(parsed) ? parsed : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * This page with one parameter changed; a form's answer (a POST) switches on the home
	 * page, as its fields cannot be carried in a link.
	 */
	private static String switchTo(HttpServletRequest request, String name, String value) {
		if (!"GET".equals(request.getMethod())) {
			return UriComponentsBuilder.fromPath("/").queryParam(name, value).build().toUriString();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return UriComponentsBuilder.fromPath(path)
			.query(request.getQueryString())
			.replaceQueryParam(name, value)
			.build()
			.toUriString();
	}

	/**
	 * A language or currency to switch to, with its link.
	 */
	record Choice(String code, String name, String href, boolean current) {
	}

	/**
	 * How guests reach the villa.
	 */
	record Contact(String email, String phone, @Nullable String whatsapp, String mapUrl) {
	}

	static Locale locale(HttpServletRequest request) {
		return SiteLanguages.supported(RequestContextUtils.getLocale(request));
	}

}
