package org.pondok.web.site;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The nine languages the guest site speaks, in the order the switcher lists them, each
 * named in itself. Any other language reads as English.
 */
public final class SiteLanguages {

	public static final List<String> CODES = List.of("en", "id", "de", "fr", "it", "ko", "ja", "zh", "ru");

	static final List<String> NATIVE_NAMES = List.of("English", "Bahasa Indonesia", "Deutsch", "Français", "Italiano",
			"한국어", "日本語", "中文", "Русский");

	/**
	 * Each language's locale, made once: the locale of every request is resolved through
	 * these, the API's included.
	 */
	private static final Map<String, Locale> LOCALES = CODES.stream()
		.collect(Collectors.toUnmodifiableMap(Function.identity(), Locale::forLanguageTag));

	/**
	 * Each language with the country Open Graph pairs it with ({@code og:locale}).
	 */
	static final List<String> OPEN_GRAPH_LOCALES = List.of("en_US", "id_ID", "de_DE", "fr_FR", "it_IT", "ko_KR",
			"ja_JP", "zh_CN", "ru_RU");

	private SiteLanguages() {
	}

	/**
	 * The site's language for a locale: its own when the site speaks it, else English.
	 */
	public static Locale supported(@Nullable Locale locale) {
		Locale known = (locale != null) ? LOCALES.get(locale.getLanguage()) : null;
		return (known != null) ? known : Locale.ENGLISH;
	}

	/**
	 * The first of the browser's preferred languages the site speaks, else English.
	 */
	public static Locale preferred(Iterable<Locale> browser) {
		for (Locale locale : browser) {
			Locale known = LOCALES.get(locale.getLanguage());
			if (known != null) {
				return known;
			}
		}
		return Locale.ENGLISH;
	}

	public static String nativeName(String code) {
		return NATIVE_NAMES.get(CODES.indexOf(code));
	}

	static String openGraphLocale(String code) {
		return OPEN_GRAPH_LOCALES.get(CODES.indexOf(code));
	}

}
