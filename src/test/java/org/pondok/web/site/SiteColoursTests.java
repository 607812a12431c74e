package org.pondok.web.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The guest site's colours (static/css/site.css) keep text readable: every rule that sets
 * both a text colour and a solid background, and every pair of colours the pages put
 * together across rules, has a WCAG contrast of at least 4.5:1; borders of fields and the
 * focus ring at least 3:1; and nothing fades text with {@code opacity}. GuestBrowserTests
 * checks the rendered pages too.
 */
class SiteColoursTests {

	private static final double TEXT = 4.5;

	private static final double NON_TEXT = 3.0;

	/**
	 * Text colour, background and the least contrast, for colours that meet on a page
	 * although no single rule names both.
	 */
	private static final List<String[]> USED_TOGETHER = List.of(
			pair("text on the page", "var(--ink)", "var(--paper)", TEXT),
			pair("text on cards, forms and the header", "var(--ink)", "#fff", TEXT),
			pair("quiet text on the page", "var(--muted)", "var(--paper)", TEXT),
			pair("quiet text on cards", "var(--muted)", "#fff", TEXT),
			pair("links on the page", "var(--accent)", "var(--paper)", TEXT),
			pair("links on cards, the skip link and the switchers", "var(--accent)", "#fff", TEXT),
			pair("links on a chosen or hovered day", "var(--accent)", "var(--chosen)", TEXT),
			pair("text of the chosen stay and of notices", "var(--ink)", "var(--chosen)", TEXT),
			pair("errors on the page", "var(--taken)", "var(--paper)", TEXT),
			pair("errors in forms", "var(--taken)", "#fff", TEXT), pair("field borders", "#8a958f", "#fff", NON_TEXT),
			pair("the focus ring on the page", "var(--focus)", "var(--paper)", NON_TEXT),
			pair("the focus ring on white", "var(--focus)", "#fff", NON_TEXT));

	/**
	 * Rules whose opacity fades pictures, not text.
	 */
	private static final List<String> FADED_PICTURES = List.of(".hero .slide", ".hero .slide.current");

	private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

	private static final Pattern DECLARATION = Pattern.compile("([a-z-]+)\\s*:\\s*([^;]+)");

	@Test
	void everyRuleWithTextAndBackgroundIsReadable() throws IOException {
		String css = css();
		Map<String, String> variables = variables(css);
		List<String> unreadable = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, Map<String, String>> rule : rules(css).entrySet()) {
			Map<String, String> declarations = rule.getValue();
			String background = declarations.getOrDefault("background-color", declarations.get("background"));
			if (!declarations.containsKey("color") || background == null) {
				continue;
			}
			double[] text = colour(declarations.get("color"), variables);
			double[] ground = colour(background, variables);
			if (text == null || ground == null) {
				continue;
			}
			checked++;
			double contrast = contrast(text, opaque(ground));
			if (contrast < TEXT) {
				unreadable.add("%s: %.2f".formatted(rule.getKey(), contrast));
			}
		}

		assertThat(checked).as("rules with a text colour and a background").isGreaterThan(5);
		assertThat(unreadable).as("rules below %.1f:1", TEXT).isEmpty();
	}

	@Test
	void coloursThePagesPutTogetherAreReadable() throws IOException {
		Map<String, String> variables = variables(css());
		List<String> unreadable = new ArrayList<>();
		for (String[] pair : USED_TOGETHER) {
			double[] text = colour(pair[1], variables);
			double[] ground = colour(pair[2], variables);
			assertThat(text).as(pair[0] + ": " + pair[1]).isNotNull();
			assertThat(ground).as(pair[0] + ": " + pair[2]).isNotNull();
			double contrast = contrast(text, opaque(ground));
			if (contrast < Double.parseDouble(pair[3])) {
				unreadable.add("%s (%s on %s): %.2f, needs %s".formatted(pair[0], pair[1], pair[2], contrast, pair[3]));
			}
		}

		assertThat(unreadable).isEmpty();
	}

	@Test
	void nothingFadesText() throws IOException {
		List<String> faded = new ArrayList<>();
		rules(css()).forEach((selector, declarations) -> {
			String opacity = declarations.get("opacity");
			if (opacity != null && Double.parseDouble(opacity.trim()) < 1 && !FADED_PICTURES.contains(selector)) {
				faded.add(selector);
			}
		});

		assertThat(faded).as("rules with opacity below 1").isEmpty();
	}

	@Test
	void theContrastIsComputedAsWcagDefinesIt() {
		assertThat(contrast(new double[] { 0, 0, 0 }, new double[] { 255, 255, 255 })).isCloseTo(21.0, within(1e-9));
		assertThat(contrast(new double[] { 0x76, 0x76, 0x76 }, new double[] { 255, 255, 255 })).isBetween(4.5, 4.6);
		assertThat(contrast(new double[] { 0x77, 0x77, 0x77 }, new double[] { 255, 255, 255 })).isLessThan(4.5);
	}

	private static String[] pair(String what, String text, String background, double least) {
		return new String[] { what, text, background, Double.toString(least) };
	}

	private static String css() throws IOException {
		try (InputStream in = SiteColoursTests.class.getResourceAsStream("/static/css/site.css")) {
			assertThat(in).as("site.css").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
		}
	}

	private static Map<String, String> variables(String css) {
		Map<String, String> variables = new LinkedHashMap<>();
		Matcher root = Pattern.compile(":root\\s*\\{([^}]*)}").matcher(css);
		assertThat(root.find()).as(":root").isTrue();
		Matcher variable = Pattern.compile("(--[a-z-]+)\\s*:\\s*([^;]+)").matcher(root.group(1));
		while (variable.find()) {
			variables.put(variable.group(1), variable.group(2).trim());
		}
		return variables;
	}

	/**
	 * Each rule's declarations by selector (a selector listed twice keeps both).
	 */
	private static Map<String, Map<String, String>> rules(String css) {
		Map<String, Map<String, String>> rules = new LinkedHashMap<>();
		Matcher rule = RULE.matcher(css);
		while (rule.find()) {
			String selector = rule.group(1).trim().replaceAll("\\s+", " ");
			Matcher declaration = DECLARATION.matcher(rule.group(2));
			Map<String, String> declarations = rules.computeIfAbsent(selector, (key) -> new LinkedHashMap<>());
			while (declaration.find()) {
				declarations.put(declaration.group(1), declaration.group(2).trim());
			}
		}
		return rules;
	}

	/**
	 * A solid colour as red, green, blue (0 to 255) and alpha (0 to 1), or {@code null}
	 * for anything else (a gradient, an image, inherit).
	 */
	static double @Nullable [] colour(String value, Map<String, String> variables) {
		String text = value.trim().toLowerCase(java.util.Locale.ROOT);
		Matcher variable = Pattern.compile("var\\((--[a-z-]+)\\)").matcher(text);
		if (variable.matches()) {
			String resolved = variables.get(variable.group(1));
			return (resolved != null) ? colour(resolved, variables) : null;
		}
		if (text.equals("white")) {
			return new double[] { 255, 255, 255, 1 };
		}
		if (text.equals("black")) {
			return new double[] { 0, 0, 0, 1 };
		}
		Matcher hex = Pattern.compile("#([0-9a-f]{3}|[0-9a-f]{6})").matcher(text);
		if (hex.matches()) {
			String digits = hex.group(1);
			if (digits.length() == 3) {
				digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1)
						+ digits.charAt(2) + digits.charAt(2);
			}
			return new double[] { Integer.parseInt(digits.substring(0, 2), 16),
					Integer.parseInt(digits.substring(2, 4), 16), Integer.parseInt(digits.substring(4, 6), 16), 1 };
		}
		Matcher rgb = Pattern
			.compile("rgba?\\(\\s*([\\d.]+)\\s*,\\s*([\\d.]+)\\s*,\\s*([\\d.]+)\\s*(?:,\\s*([\\d.]+)\\s*)?\\)")
			.matcher(text);
		if (rgb.matches()) {
			return new double[] { Double.parseDouble(rgb.group(1)), Double.parseDouble(rgb.group(2)),
					Double.parseDouble(rgb.group(3)), (rgb.group(4) != null) ? Double.parseDouble(rgb.group(4)) : 1 };
		}
		return null;
	}

	/**
	 * A background as it shows on the page's paper, when it is not opaque itself.
	 */
	private static double[] opaque(double[] colour) {
		if (colour.length < 4 || colour[3] >= 1) {
			return colour;
		}
		double[] paper = { 0xfb, 0xfa, 0xf7 };
		double alpha = colour[3];
		return new double[] { colour[0] * alpha + paper[0] * (1 - alpha), colour[1] * alpha + paper[1] * (1 - alpha),
				colour[2] * alpha + paper[2] * (1 - alpha), 1 };
	}

	/**
	 * WCAG 2 contrast ratio of two opaque colours.
	 */
	static double contrast(double[] first, double[] second) {
		double one = luminance(first);
		double other = luminance(second);
		return (Math.max(one, other) + 0.05) / (Math.min(one, other) + 0.05);
	}

	private static double luminance(double[] colour) {
		return 0.2126 * linear(colour[0]) + 0.7152 * linear(colour[1]) + 0.0722 * linear(colour[2]);
	}

	private static double linear(double channel) {
		double c = channel / 255;
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
