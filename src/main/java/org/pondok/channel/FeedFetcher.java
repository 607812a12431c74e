package org.pondok.channel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

/**
 * Fetches an OTA's feed the careful way: http(s) only, every address of the host checked
 * against loopback, private and link-local ranges (again after each redirect), at most a
 * few redirects, a deadline for the whole answer, the size counted while reading, and a
 * conditional GET with what the last answer said.
 */
final class FeedFetcher {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(CONNECT_TIMEOUT)
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	Fetched fetch(String address, @Nullable String etag, @Nullable String lastModified, Limits limits) {
		URI uri;
		try {
			uri = URI.create(address);
		}
		catch (IllegalArgumentException ex) {
			return new Failed(null, 0, "The import address is not a valid URL");
		}
		for (int redirects = 0;; redirects++) {
			Optional<String> refused = refusal(uri, limits.allowPrivateHosts());
			if (refused.isPresent()) {
				return new Failed(null, 0, refused.get());
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(uri)
				.GET()
				.timeout(limits.readTimeout())
				.header("Accept", "text/calendar, */*;q=0.5")
				.header("User-Agent", "Pondok calendar import");
			if (etag != null) {
				request.header("If-None-Match", etag);
			}
			if (lastModified != null) {
				request.header("If-Modified-Since", lastModified);
			}
			HttpResponse<byte[]> response;
			CompletableFuture<HttpResponse<byte[]>> pending = this.client.sendAsync(request.build(),
					(info) -> new CappedBody(limits.maxBytes(),
							info.headers().firstValueAsLong("Content-Length").orElse(-1)));
			try {
				response = pending.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				pending.cancel(true);
				return new Failed(null, 0, "No complete answer within " + limits.readTimeout().toSeconds() + " s");
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return new Failed(null, 0, "Interrupted");
			}
			catch (ExecutionException ex) {
				Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
				if (cause instanceof TooLargeException) {
					return new Failed(null, limits.maxBytes(),
							"The feed is larger than " + limits.maxBytes() + " bytes");
				}
				if (cause instanceof HttpTimeoutException) {
					return new Failed(null, 0, "No answer within " + limits.readTimeout().toSeconds() + " s");
				}
				return new Failed(null, 0, "Fetch failed: " + describe(cause));
			}
			int status = response.statusCode();
			if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
				Optional<String> location = response.headers().firstValue("Location");
				if (location.isEmpty()) {
					return new Failed(status, 0, "A redirect without a Location");
				}
				if (redirects >= limits.maxRedirects()) {
					return new Failed(status, 0, "More than " + limits.maxRedirects() + " redirects");
				}
				try {
					uri = uri.resolve(location.get());
				}
				catch (IllegalArgumentException ex) {
					return new Failed(status, 0, "A redirect to an invalid address");
				}
				continue;
			}
			if (status == 304) {
				return new NotModified(status);
			}
			byte[] body = response.body();
			if (status != 200) {
				return new Failed(status, body.length, "The feed answered HTTP " + status);
			}
			return new Body(status, body, response.headers().firstValue("ETag").orElse(null),
					response.headers().firstValue("Last-Modified").orElse(null));
		}
	}

	/**
	 * Why the address may not be fetched, if it may not.
	 */
	static Optional<String> refusal(URI uri, boolean allowPrivateHosts) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return Optional.of("Only http and https feeds are fetched");
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			return Optional.of("The address names no host");
		}
		if (allowPrivateHosts) {
			return Optional.empty();
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			return Optional.of("Unknown host " + host);
		}
		for (InetAddress address : addresses) {
			if (isPrivate(address)) {
				return Optional.of("The host " + host + " is a loopback, private or link-local address");
			}
		}
		return Optional.empty();
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
			// carrier-grade NAT 100.64/10 and the "this network" block
			return (first == 100 && second >= 64 && second <= 127) || first == 0;
		}
		// unique local fc00::/7 and IPv4-mapped addresses of private ranges
		if ((bytes[0] & 0xfe) == 0xfc) {
			return true;
		}
		boolean mapped = true;
		for (int i = 0; i < 10; i++) {
			mapped &= bytes[i] == 0;
		}
		if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
			try {
				return isPrivate(InetAddress.getByAddress(new byte[] { bytes[12], bytes[13], bytes[14], bytes[15] }));
			}
			catch (UnknownHostException ex) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Throwable cause) {
		String message = (cause.getMessage() != null) ? cause.getMessage() : "";
		return (cause.getClass().getSimpleName() + " " + message).trim();
	}

	record Limits(Duration readTimeout, long maxBytes, int maxRedirects, boolean allowPrivateHosts) {
	}

	sealed interface Fetched permits Body, NotModified, Failed {

	}

	record Body(int status, byte[] bytes, @Nullable String etag, @Nullable String lastModified) implements Fetched {
	}

	record NotModified(int status) implements Fetched {
	}

	record Failed(@Nullable Integer status, long bytes, String error) implements Fetched {
	}

	static final class TooLargeException extends IOException {

		TooLargeException() {
			super("too large");
		}

	}

	/**
	 * Collects the body, giving up as soon as it passes the limit.
	 */
	private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

		private final long limit;

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final CompletableFuture<byte[]> result = new CompletableFuture<>();

		private Flow.@Nullable Subscription subscription;

		CappedBody(long limit, long announced) {
			this.limit = limit;
			if (announced > limit) {
				this.result.completeExceptionally(new TooLargeException());
			}
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return this.result;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			if (this.result.isDone()) {
				subscription.cancel();
				return;
			}
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> items) {
			if (this.result.isDone()) {
				return;
			}
			for (ByteBuffer item : items) {
				if (this.out.size() + (long) item.remaining() > this.limit) {
					if (this.subscription != null) {
						this.subscription.cancel();
					}
					this.result.completeExceptionally(new TooLargeException());
					return;
				}
				byte[] bytes = new byte[item.remaining()];
				item.get(bytes);
				this.out.write(bytes, 0, bytes.length);
			}
		}

		@Override
		public void onError(Throwable throwable) {
			this.result.completeExceptionally(throwable);
		}

		@Override
		public void onComplete() {
			this.result.complete(this.out.toByteArray());
		}

	}

}
