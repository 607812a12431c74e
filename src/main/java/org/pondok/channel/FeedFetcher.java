package org.pondok.channel;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

import org.jspecify.annotations.Nullable;

/**
 * Fetches an OTA's feed the careful way: http(s) only; the host looked up once per
 * request and every address it has checked against loopback, private, link-local and
 * other non-public ranges, then connected to as checked (so a name that changes its
 * answer between check and connect reaches nothing new); at most a few redirects, each
 * checked the same way and never from https down to http; one deadline for the whole
 * answer, redirects included; the size counted while reading; and a conditional GET with
 * what the last answer said.
 */
final class FeedFetcher {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private final Resolver resolver;

	private final SSLSocketFactory tls;

	FeedFetcher() {
		this(InetAddress::getAllByName, (SSLSocketFactory) SSLSocketFactory.getDefault());
	}

	FeedFetcher(Resolver resolver, SSLSocketFactory tls) {
		this.resolver = resolver;
		this.tls = tls;
	}

	Fetched fetch(String address, @Nullable String etag, @Nullable String lastModified, Limits limits) {
		long deadline = System.nanoTime() + limits.timeout().toNanos();
		URI uri;
		try {
			uri = URI.create(address);
		}
		catch (IllegalArgumentException ex) {
			return new Failed(null, 0, "The import address is not a valid URL");
		}
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("User-Agent", "Pondok calendar import");
		headers.put("Accept", "text/calendar, */*;q=0.5");
		headers.put("Accept-Encoding", "gzip");
		if (etag != null) {
			headers.put("If-None-Match", etag);
		}
		if (lastModified != null) {
			headers.put("If-Modified-Since", lastModified);
		}
		for (int redirects = 0;; redirects++) {
			Checked checked = check(uri, limits);
			if (checked instanceof Refused refused) {
				return new Failed(null, 0, refused.reason());
			}
			List<InetAddress> addresses = ((Allowed) checked).addresses();
			FeedConnection.Answer answer;
			try {
				answer = FeedConnection.get(uri, addresses, headers, deadline, CONNECT_TIMEOUT, limits.maxBytes(),
						this.tls);
			}
			catch (FeedConnection.TooLargeException ex) {
				return new Failed(null, ex.bytes(), "The feed is larger than " + limits.maxBytes() + " bytes");
			}
			catch (SocketTimeoutException ex) {
				return new Failed(null, 0, "No complete answer within " + limits.timeout().toSeconds() + " s");
			}
			catch (ConnectException ex) {
				return new Failed(null, 0, "Could not connect to " + uri.getHost());
			}
			catch (SSLException ex) {
				return new Failed(null, 0, "The TLS connection to " + uri.getHost() + " failed: " + ex.getMessage());
			}
			catch (IOException ex) {
				return new Failed(null, 0, "Fetch failed: " + describe(ex));
			}
			int status = answer.status();
			if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
				String location = answer.header("Location");
				if (location == null || location.isBlank()) {
					return new Failed(status, 0, "A redirect without a Location");
				}
				if (redirects >= limits.maxRedirects()) {
					return new Failed(status, 0, "More than " + limits.maxRedirects() + " redirects");
				}
				URI next;
				try {
					next = uri.resolve(location.trim());
				}
				catch (IllegalArgumentException ex) {
					return new Failed(status, 0, "A redirect to an invalid address");
				}
				String refused = redirectRefusal(uri, next);
				if (refused != null) {
					return new Failed(status, 0, refused);
				}
				uri = next;
				continue;
			}
			if (status == 304) {
				return new NotModified(status);
			}
			if (status != 200) {
				return new Failed(status, 0, "The feed answered HTTP " + status);
			}
			return new Body(status, answer.body(), answer.header("ETag"), answer.header("Last-Modified"));
		}
	}

	/**
	 * Whether an address may be fetched, and if so the addresses its host has now.
	 */
	Checked check(URI uri, Limits limits) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return new Refused("Only http and https feeds are fetched");
		}
		if (uri.getRawUserInfo() != null) {
			return new Refused("A feed address must not carry a user name or password");
		}
		String host = (uri.getHost() != null) ? FeedConnection.bare(uri.getHost()) : "";
		if (host.isBlank()) {
			return new Refused("The address names no host");
		}
		InetAddress[] addresses;
		try {
			// a literal is no lookup; a name is looked up once, here
			addresses = (host.contains(":") || IPV4.matcher(host).matches())
					? new InetAddress[] { InetAddress.getByName(host) } : this.resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			return new Refused("Unknown host " + host);
		}
		if (addresses.length == 0) {
			return new Refused("Unknown host " + host);
		}
		boolean privateAllowed = limits.allowPrivateHosts()
				|| limits.privateHosts().contains(host.toLowerCase(Locale.ROOT));
		if (!privateAllowed) {
			for (InetAddress address : addresses) {
				if (isPrivate(address)) {
					return new Refused("The host " + host + " is a loopback, private or link-local address");
				}
			}
		}
		return new Allowed(Arrays.asList(addresses));
	}

	/**
	 * Why a redirect may not be followed, beyond where it points (checked as any
	 * address): a feed fetched over https is never fetched on over plain http.
	 */
	static @Nullable String redirectRefusal(URI from, URI to) {
		String scheme = (to.getScheme() != null) ? to.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return "A redirect to a " + (scheme.isEmpty() ? "relative" : scheme) + " address is refused";
		}
		if (from.getScheme().equalsIgnoreCase("https") && scheme.equals("http")) {
			return "A redirect from https to http is refused: the feed would travel unencrypted";
		}
		return null;
	}

	static boolean isPrivate(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (bytes.length == 4) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			int third = bytes[2] & 0xff;
			// "this network", carrier-grade NAT 100.64/10, IETF 192.0.0/24, benchmarking
			// 198.18/15, and the reserved 240/4 with the broadcast address
			return first == 0 || (first == 100 && second >= 64 && second <= 127)
					|| (first == 192 && second == 0 && third == 0) || (first == 198 && (second == 18 || second == 19))
					|| first >= 240;
		}
		// unique local fc00::/7
		if ((bytes[0] & 0xfe) == 0xfc) {
			return true;
		}
		// IPv4 inside IPv6: mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64
		// 64:ff9b::/96 and 6to4 2002::/16 reach the IPv4 address they carry
		boolean zeros = true;
		for (int i = 0; i < 10; i++) {
			zeros &= bytes[i] == 0;
		}
		boolean mapped = zeros && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
		boolean compatible = zeros && bytes[10] == 0 && bytes[11] == 0;
		boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b;
		for (int i = 4; nat64 && i < 12; i++) {
			nat64 = bytes[i] == 0;
		}
		if (mapped || compatible || nat64) {
			return isPrivate(v4(bytes[12], bytes[13], bytes[14], bytes[15]));
		}
		if (bytes[0] == 0x20 && bytes[1] == 0x02) {
			return isPrivate(v4(bytes[2], bytes[3], bytes[4], bytes[5]));
		}
		return false;
	}

	private static InetAddress v4(byte a, byte b, byte c, byte d) {
		try {
			return InetAddress.getByAddress(new byte[] { a, b, c, d });
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String describe(Throwable cause) {
		String message = (cause.getMessage() != null) ? cause.getMessage() : "";
		return (cause.getClass().getSimpleName() + " " + message).trim();
	}

	/**
	 * How a host name becomes addresses: the system's resolver, once per request.
	 */
	@FunctionalInterface
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	/**
	 * @param timeout for the whole answer, redirects included
	 * @param allowPrivateHosts whether any host may be private (tests, local demos)
	 * @param privateHosts host names (lower case) that may be private, such as a PMS on
	 * the local network
	 */
	record Limits(Duration timeout, long maxBytes, int maxRedirects, boolean allowPrivateHosts,
			Set<String> privateHosts) {
	}

	sealed interface Checked permits Allowed, Refused {

	}

	record Allowed(List<InetAddress> addresses) implements Checked {
	}

	record Refused(String reason) implements Checked {
	}

	sealed interface Fetched permits Body, NotModified, Failed {

	}

	record Body(int status, byte[] bytes, @Nullable String etag, @Nullable String lastModified) implements Fetched {
	}

	record NotModified(int status) implements Fetched {
	}

	record Failed(@Nullable Integer status, long bytes, String error) implements Fetched {
	}

}
