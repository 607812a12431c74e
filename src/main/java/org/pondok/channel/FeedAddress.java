package org.pondok.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rules for a feed's import address: absolute http(s), no credentials in it, at most
 * 2000 characters. Where it may point (private addresses) is checked when it is fetched.
 */
final class FeedAddress {

	static final int MAX_LENGTH = 2000;

	private FeedAddress() {
	}

	static String check(String address) {
		String trimmed = address.trim();
		if (trimmed.length() > MAX_LENGTH) {
			throw new ChannelRequestException("importUrl",
					"An import address is at most " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(trimmed);
		}
		catch (URISyntaxException ex) {
			throw new ChannelRequestException("importUrl", "The import address is not a valid URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("webcal")) {
			throw new ChannelRequestException("importUrl", "The import address must be an http(s) or webcal URL");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw new ChannelRequestException("importUrl", "The import address must name a host");
		}
		if (uri.getRawUserInfo() != null) {
			throw new ChannelRequestException("importUrl",
					"The import address must not carry a user name or password; store those as secrets");
		}
		return scheme.equals("webcal") ? "https" + trimmed.substring("webcal".length()) : trimmed;
	}

}
