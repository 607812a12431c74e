package org.pondok.channel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fetch of a feed against a local server: where it may connect (each redirect checked
 * again, the address checked being the one connected to), how far it follows, how long it
 * waits, and how much it reads.
 */
class FeedFetcherTests {

	private static final String FEED = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nEND:VCALENDAR\r\n";

	static WireMockServer ota = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().dynamicHttpsPort().gzipDisabled(true));

	private final FeedFetcher fetcher = new FeedFetcher();

	@BeforeAll
	static void start() {
		ota.start();
	}

	@AfterAll
	static void stop() {
		ota.stop();
	}

	@BeforeEach
	void reset() {
		ota.resetAll();
	}

	@Test
	void sendsWhatTheLastAnswerSaidAndReadsTheNewValidators() {
		ota.stubFor(get(urlEqualTo("/conditional.ics")).withHeader("If-None-Match", equalTo("\"v1\""))
			.withHeader("If-Modified-Since", equalTo("Tue, 01 Dec 2026 10:00:00 GMT"))
			.willReturn(aResponse().withStatus(304)));
		ota.stubFor(get(urlEqualTo("/fresh.ics")).willReturn(aResponse().withStatus(200)
			.withHeader("ETag", "\"v2\"")
			.withHeader("Last-Modified", "Wed, 02 Dec 2026 10:00:00 GMT")
			.withBody(FEED)));

		FeedFetcher.Fetched unchanged = this.fetcher.fetch(local("/conditional.ics"), "\"v1\"",
				"Tue, 01 Dec 2026 10:00:00 GMT", anyHost());
		FeedFetcher.Fetched fresh = this.fetcher.fetch(local("/fresh.ics"), null, null, anyHost());

		assertThat(unchanged).isInstanceOf(FeedFetcher.NotModified.class);
		assertThat(fresh).isInstanceOfSatisfying(FeedFetcher.Body.class, (body) -> {
			assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo(FEED);
			assertThat(body.etag()).isEqualTo("\"v2\"");
			assertThat(body.lastModified()).isEqualTo("Wed, 02 Dec 2026 10:00:00 GMT");
		});
	}

	@Test
	void refusesLoopbackPrivateLinkLocalAndOtherSchemesUnlessAllowed() {
		FeedFetcher.Limits strict = limits(false, Set.of());

		for (String address : List.of(local("/x.ics"), "http://10.1.2.3/x.ics", "http://192.168.1.1/x.ics",
				"http://172.16.0.1/x.ics", "http://169.254.169.254/latest/meta-data", "http://[::1]/x.ics",
				"http://[::ffff:127.0.0.1]/x.ics", "http://[fd00::1]/x.ics", "http://[64:ff9b::a9fe:a9fe]/x.ics",
				"http://[2002:7f00:1::]/x.ics", "http://100.64.0.1/x.ics", "http://0.0.0.0/x.ics")) {
			assertThat(this.fetcher.check(URI.create(address), strict)).as(address)
				.isInstanceOf(FeedFetcher.Refused.class);
		}
		assertThat(this.fetcher.check(URI.create("file:///etc/passwd"), anyHost()))
			.isInstanceOf(FeedFetcher.Refused.class);
		assertThat(this.fetcher.check(URI.create("ftp://example.com/x.ics"), anyHost()))
			.isInstanceOf(FeedFetcher.Refused.class);
		assertThat(this.fetcher.check(URI.create(local("/x.ics")), anyHost())).isInstanceOf(FeedFetcher.Allowed.class);
		assertThat(this.fetcher.check(URI.create(local("/x.ics")), limits(false, Set.of("127.0.0.1"))))
			.isInstanceOf(FeedFetcher.Allowed.class);
	}

	@Test
	void aRedirectToLoopbackOrTheMetadataAddressIsRefusedWhenPrivateHostsAreNot() {
		// "localhost" stands for a public host here: only it may be private
		FeedFetcher.Limits limits = limits(false, Set.of("localhost"));
		ota.stubFor(get(urlEqualTo("/to-loopback.ics"))
			.willReturn(aResponse().withStatus(302).withHeader("Location", local("/secret.ics"))));
		ota.stubFor(get(urlEqualTo("/to-metadata.ics")).willReturn(
				aResponse().withStatus(301).withHeader("Location", "http://169.254.169.254/latest/meta-data/")));
		ota.stubFor(get(urlEqualTo("/secret.ics")).willReturn(aResponse().withStatus(200).withBody(FEED)));

		FeedFetcher.Fetched loopback = this.fetcher.fetch(named("/to-loopback.ics"), null, null, limits);
		FeedFetcher.Fetched metadata = this.fetcher.fetch(named("/to-metadata.ics"), null, null, limits);

		assertThat(loopback).isInstanceOfSatisfying(FeedFetcher.Failed.class,
				(failed) -> assertThat(failed.error()).contains("127.0.0.1", "loopback"));
		assertThat(metadata).isInstanceOfSatisfying(FeedFetcher.Failed.class,
				(failed) -> assertThat(failed.error()).contains("169.254.169.254"));
		ota.verify(0, getRequestedFor(urlEqualTo("/secret.ics")));
	}

	@Test
	void followsAFewRedirectsAndNoMore() {
		for (int hop = 1; hop <= 4; hop++) {
			ota.stubFor(get(urlEqualTo("/hop" + hop))
				.willReturn(aResponse().withStatus(307).withHeader("Location", "/hop" + (hop + 1))));
		}
		ota.stubFor(get(urlEqualTo("/hop5")).willReturn(aResponse().withStatus(200).withBody(FEED)));

		FeedFetcher.Fetched tooMany = this.fetcher.fetch(local("/hop1"), null, null, anyHost());

		assertThat(tooMany).isInstanceOfSatisfying(FeedFetcher.Failed.class,
				(failed) -> assertThat(failed.error()).isEqualTo("More than 3 redirects"));
		ota.verify(1, getRequestedFor(urlEqualTo("/hop4")));
		ota.verify(0, getRequestedFor(urlEqualTo("/hop5")));

		FeedFetcher.Fetched enough = this.fetcher.fetch(local("/hop2"), null, null, anyHost());

		assertThat(enough).isInstanceOf(FeedFetcher.Body.class);
		ota.verify(1, getRequestedFor(urlEqualTo("/hop5")));
	}

	@Test
	void neverFollowsFromHttpsDownToHttp() throws Exception {
		ota.stubFor(get(urlEqualTo("/secure.ics"))
			.willReturn(aResponse().withStatus(302).withHeader("Location", local("/plain.ics"))));
		ota.stubFor(get(urlEqualTo("/plain.ics")).willReturn(aResponse().withStatus(200).withBody(FEED)));
		FeedFetcher trusting = new FeedFetcher(InetAddress::getAllByName, trustingEveryCertificate());

		FeedFetcher.Fetched downgraded = trusting.fetch("https://localhost:" + ota.httpsPort() + "/secure.ics", null,
				null, anyHost());

		assertThat(downgraded).isInstanceOfSatisfying(FeedFetcher.Failed.class,
				(failed) -> assertThat(failed.error()).contains("https to http"));
		ota.verify(1, getRequestedFor(urlEqualTo("/secure.ics")));
		ota.verify(0, getRequestedFor(urlEqualTo("/plain.ics")));
		assertThat(FeedFetcher.redirectRefusal(URI.create("http://a.example/x"), URI.create("https://b.example/y")))
			.isNull();
		assertThat(FeedFetcher.redirectRefusal(URI.create("https://a.example/x"), URI.create("javascript:alert(1)")))
			.isNotNull();
	}

	@Test
	void connectsToTheAddressItCheckedWithoutLookingTheNameUpAgain() {
		List<String> lookups = new ArrayList<>();
		FeedFetcher.Resolver resolver = (host) -> {
			lookups.add(host);
			return new InetAddress[] { InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }) };
		};
		FeedFetcher pinned = new FeedFetcher(resolver, (SSLSocketFactory) SSLSocketFactory.getDefault());
		ota.stubFor(get(urlEqualTo("/pinned.ics")).withHeader("Host", equalTo("feeds.ota.test:" + ota.port()))
			.willReturn(aResponse().withStatus(200).withBody(FEED)));

		FeedFetcher.Fetched fetched = pinned.fetch("http://feeds.ota.test:" + ota.port() + "/pinned.ics", null, null,
				limits(false, Set.of("feeds.ota.test")));

		// the name exists nowhere but in the resolver: the connection went where it said
		assertThat(fetched).isInstanceOf(FeedFetcher.Body.class);
		assertThat(lookups).containsExactly("feeds.ota.test");
	}

	@Test
	void aNameThatAnswersWithAPrivateAddressGetsNoRequest() {
		FeedFetcher rebinding = new FeedFetcher(
				(host) -> new InetAddress[] { InetAddress.getByAddress(host, new byte[] { (byte) 203, 0, 113, 7 }),
						InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }) },
				(SSLSocketFactory) SSLSocketFactory.getDefault());
		ota.stubFor(get(urlEqualTo("/rebind.ics")).willReturn(aResponse().withStatus(200).withBody(FEED)));

		FeedFetcher.Fetched fetched = rebinding.fetch("http://rebind.ota.test:" + ota.port() + "/rebind.ics", null,
				null, limits(false, Set.of()));

		assertThat(fetched).isInstanceOfSatisfying(FeedFetcher.Failed.class,
				(failed) -> assertThat(failed.error()).contains("rebind.ota.test", "private"));
		ota.verify(0, getRequestedFor(urlEqualTo("/rebind.ics")));
	}

	@Test
	void anAnswerAnnouncedLargerThanTheLimitIsRefusedBeforeItsBody() {
		byte[] fifty = new byte[50 * 1024 * 1024];
		ota.stubFor(get(urlEqualTo("/huge.ics")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Length", String.valueOf(fifty.length))
			.withBody(fifty)));

		FeedFetcher.Fetched fetched = this.fetcher.fetch(local("/huge.ics"), null, null, anyHost());

		assertThat(fetched).isInstanceOfSatisfying(FeedFetcher.Failed.class, (failed) -> {
			assertThat(failed.error()).isEqualTo("The feed is larger than 1048576 bytes");
			assertThat(failed.bytes()).isEqualTo(fifty.length);
		});
	}

	@Test
	void aFiftyMegabyteStreamIsCutOffAtTheLimitWithoutReadingItAll() throws Exception {
		// WireMock cannot tell how much of an answer went out; this server counts it
		AtomicLong sent = new AtomicLong();
		CountDownLatch done = new CountDownLatch(1);
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/stream.ics", (exchange) -> {
			byte[] piece = "X".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
			try (OutputStream out = exchange.getResponseBody()) {
				exchange.sendResponseHeaders(200, 0);
				while (sent.get() < 50L * 1024 * 1024) {
					out.write(piece);
					sent.addAndGet(piece.length);
				}
			}
			catch (IOException ex) {
				// the client hung up, as it should
			}
			finally {
				done.countDown();
			}
		});
		server.start();
		try {
			FeedFetcher.Fetched fetched = this.fetcher
				.fetch("http://127.0.0.1:" + server.getAddress().getPort() + "/stream.ics", null, null, anyHost());

			assertThat(fetched).isInstanceOfSatisfying(FeedFetcher.Failed.class,
					(failed) -> assertThat(failed.error()).isEqualTo("The feed is larger than 1048576 bytes"));
			assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
			assertThat(sent.get()).isLessThan(25L * 1024 * 1024);
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void aCompressedAnswerIsReadAndABombIsCutOffAtTheLimit() throws Exception {
		ota.stubFor(get(urlEqualTo("/gzip.ics")).willReturn(
				aResponse().withStatus(200).withHeader("Content-Encoding", "gzip").withBody(gzip(FEED.getBytes()))));
		ota.stubFor(get(urlEqualTo("/bomb.ics")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Encoding", "gzip")
			.withBody(gzip(new byte[50 * 1024 * 1024]))));

		FeedFetcher.Fetched small = this.fetcher.fetch(local("/gzip.ics"), null, null, anyHost());
		FeedFetcher.Fetched bomb = this.fetcher.fetch(local("/bomb.ics"), null, null, anyHost());

		assertThat(small).isInstanceOfSatisfying(FeedFetcher.Body.class,
				(body) -> assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo(FEED));
		assertThat(bomb).isInstanceOfSatisfying(FeedFetcher.Failed.class,
				(failed) -> assertThat(failed.error()).contains("larger than"));
	}

	@Test
	void oneDeadlineCoversTheWholeAnswerHoweverSlowlyItDrips() {
		ota.stubFor(get(urlEqualTo("/drip.ics"))
			.willReturn(aResponse().withStatus(200).withBody(FEED.repeat(20)).withChunkedDribbleDelay(20, 4000)));

		FeedFetcher.Fetched fetched = this.fetcher.fetch(local("/drip.ics"), null, null,
				new FeedFetcher.Limits(Duration.ofSeconds(1), 1024 * 1024, 3, true, Set.of()));

		assertThat(fetched).isInstanceOfSatisfying(FeedFetcher.Failed.class,
				(failed) -> assertThat(failed.error()).isEqualTo("No complete answer within 1 s"));
	}

	@Test
	void aServerThatIsNotListeningFailsCleanly() throws Exception {
		int closed;
		try (Socket probe = new Socket()) {
			probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			closed = probe.getLocalPort();
		}

		FeedFetcher.Fetched fetched = this.fetcher.fetch("http://127.0.0.1:" + closed + "/x.ics", null, null,
				anyHost());

		assertThat(fetched).isInstanceOfSatisfying(FeedFetcher.Failed.class,
				(failed) -> assertThat(failed.error()).contains("Could not connect to 127.0.0.1"));
	}

	@Test
	void anUnknownNameIsRefused() {
		FeedFetcher unknown = new FeedFetcher((host) -> {
			throw new UnknownHostException(host);
		}, (SSLSocketFactory) SSLSocketFactory.getDefault());

		assertThat(unknown.fetch("https://nowhere.ota.test/x.ics", null, null, anyHost())).isInstanceOfSatisfying(
				FeedFetcher.Failed.class,
				(failed) -> assertThat(failed.error()).isEqualTo("Unknown host nowhere.ota.test"));
	}

	private static String local(String path) {
		return "http://127.0.0.1:" + ota.port() + path;
	}

	private static String named(String path) {
		return "http://localhost:" + ota.port() + path;
	}

	private static FeedFetcher.Limits anyHost() {
		return limits(true, Set.of());
	}

	private static FeedFetcher.Limits limits(boolean allowPrivate, Set<String> privateHosts) {
		return new FeedFetcher.Limits(Duration.ofSeconds(10), 1024 * 1024, 3, allowPrivate, privateHosts);
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(bytes);
		}
		return out.toByteArray();
	}

	/**
	 * WireMock's own certificate, trusted for these tests only.
	 */
	private static SSLSocketFactory trustingEveryCertificate() throws Exception {
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, new TrustManager[] { new X509ExtendedTrustManager() {

			@Override
			public void checkClientTrusted(X509Certificate[] chain, String type) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String type) {
			}

			@Override
			public void checkClientTrusted(X509Certificate[] chain, String type, Socket socket) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String type, Socket socket) {
			}

			@Override
			public void checkClientTrusted(X509Certificate[] chain, String type, SSLEngine engine) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String type, SSLEngine engine) {
			}

			@Override
			public X509Certificate[] getAcceptedIssuers() {
				return new X509Certificate[0];
			}

		} }, new SecureRandom());
		return context.getSocketFactory();
	}

}
