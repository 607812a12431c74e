package org.pondok.channel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET on a connection of its own to an address the caller has checked. The
 * host name goes into the Host header and into TLS (SNI and the certificate check) and is
 * never looked up again, so the address checked is the address connected to. No read
 * waits past the deadline, and a body is read only up to its limit: an announced length
 * over it is refused before reading, and a longer stream is cut off there.
 */
final class FeedConnection {

	private static final int MAX_HEAD_LINE = 8 * 1024;

	private static final int MAX_HEADERS = 100;

	private FeedConnection() {
	}

	/**
	 * Fetches {@code uri} from the first of {@code addresses} that accepts a connection.
	 * Only a 200 answer's body is read.
	 * @param deadline {@link System#nanoTime()} by which the whole answer must be in
	 */
	static Answer get(URI uri, List<InetAddress> addresses, Map<String, String> headers, long deadline,
			Duration connectTimeout, long maxBytes, SSLSocketFactory tls) throws IOException {
		boolean secure = uri.getScheme().equalsIgnoreCase("https");
		int port = (uri.getPort() != -1) ? uri.getPort() : (secure ? 443 : 80);
		String host = bare(uri.getHost());
		try (Socket socket = open(addresses, port, deadline, connectTimeout, secure ? host : null, tls)) {
			write(socket.getOutputStream(), uri, port, secure, headers);
			Input in = new Input(socket, deadline);
			String status = in.line();
			String[] parts = status.split(" ", 3);
			if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
				throw new IOException("Not an HTTP/1.x answer");
			}
			int code;
			try {
				code = Integer.parseInt(parts[1]);
			}
			catch (NumberFormatException ex) {
				throw new IOException("Not an HTTP status: " + parts[1]);
			}
			Map<String, String> answered = headers(in);
			if (code != 200) {
				return new Answer(code, answered, new byte[0]);
			}
			byte[] body = body(in, answered, maxBytes);
			return new Answer(code, answered, decoded(body, answered.get("content-encoding"), maxBytes));
		}
	}

	/**
	 * A host as the address lookup takes it: an IPv6 literal without its brackets.
	 */
	static String bare(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

	private static Socket open(List<InetAddress> addresses, int port, long deadline, Duration connectTimeout,
			String tlsHost, SSLSocketFactory tls) throws IOException {
		IOException last = new IOException("No address to connect to");
		for (InetAddress address : addresses) {
			Socket plain = new Socket();
			try {
				plain.setTcpNoDelay(true);
				plain.connect(new InetSocketAddress(address, port),
						(int) Math.max(1, Math.min(connectTimeout.toMillis(), remaining(deadline))));
				if (tlsHost == null) {
					return plain;
				}
				SSLSocket secure = (SSLSocket) tls.createSocket(plain, tlsHost, port, true);
				SSLParameters parameters = secure.getSSLParameters();
				parameters.setEndpointIdentificationAlgorithm("HTTPS");
				secure.setSSLParameters(parameters);
				secure.setSoTimeout((int) Math.max(1, remaining(deadline)));
				secure.startHandshake();
				return secure;
			}
			catch (IOException ex) {
				plain.close();
				if (!(ex instanceof java.net.ConnectException || ex instanceof java.net.NoRouteToHostException
						|| ex instanceof SocketTimeoutException) || remaining(deadline) <= 0) {
					throw ex;
				}
				last = ex;
			}
		}
		throw last;
	}

	private static void write(OutputStream out, URI uri, int port, boolean secure, Map<String, String> headers)
			throws IOException {
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		if (uri.getRawQuery() != null) {
			path += "?" + uri.getRawQuery();
		}
		StringBuilder request = new StringBuilder(512).append("GET ").append(path).append(" HTTP/1.1\r\n");
		request.append("Host: ").append(uri.getHost());
		if (port != (secure ? 443 : 80)) {
			request.append(':').append(port);
		}
		request.append("\r\nConnection: close\r\n");
		for (Map.Entry<String, String> header : headers.entrySet()) {
			if (header.getValue().indexOf('\r') >= 0 || header.getValue().indexOf('\n') >= 0) {
				throw new IOException("A header value holds a line break");
			}
			request.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
		}
		out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	private static Map<String, String> headers(Input in) throws IOException {
		Map<String, String> headers = new LinkedHashMap<>();
		String previous = null;
		for (int count = 0;; count++) {
			String line = in.line();
			if (line.isEmpty()) {
				return headers;
			}
			if (count >= MAX_HEADERS) {
				throw new IOException("More than " + MAX_HEADERS + " header lines");
			}
			if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && previous != null) {
				headers.put(previous, headers.get(previous) + " " + line.trim());
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new IOException("A malformed header line");
			}
			String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 1).trim();
			// the first of a repeated header counts, except lengths that disagree
			if (name.equals("content-length") && headers.containsKey(name) && !headers.get(name).equals(value)) {
				throw new IOException("Two different Content-Length headers");
			}
			headers.putIfAbsent(name, value);
			previous = name;
		}
	}

	private static byte[] body(Input in, Map<String, String> headers, long maxBytes) throws IOException {
		String encoding = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
		if (encoding.contains("chunked")) {
			Collected out = new Collected(maxBytes);
			for (;;) {
				String line = in.line();
				int extension = line.indexOf(';');
				long size;
				try {
					size = Long.parseLong(((extension >= 0) ? line.substring(0, extension) : line).trim(), 16);
				}
				catch (NumberFormatException ex) {
					throw new IOException("A malformed chunk size");
				}
				if (size < 0) {
					throw new IOException("A negative chunk size");
				}
				if (size == 0) {
					while (!in.line().isEmpty()) {
						// trailers carry nothing we use
					}
					return out.bytes();
				}
				out.expect(size);
				in.copy(out, size);
				if (!in.line().isEmpty()) {
					throw new IOException("A chunk longer than it said");
				}
			}
		}
		String length = headers.get("content-length");
		if (length != null) {
			long announced;
			try {
				announced = Long.parseLong(length.trim());
			}
			catch (NumberFormatException ex) {
				throw new IOException("A malformed Content-Length");
			}
			if (announced < 0) {
				throw new IOException("A negative Content-Length");
			}
			if (announced > maxBytes) {
				throw new TooLargeException(announced);
			}
			Collected out = new Collected(maxBytes, (int) announced);
			in.copy(out, announced);
			return out.bytes();
		}
		Collected out = new Collected(maxBytes);
		in.copyToEnd(out);
		return out.bytes();
	}

	private static byte[] decoded(byte[] body, String encoding, long maxBytes) throws IOException {
		if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
			return body;
		}
		if (!encoding.equalsIgnoreCase("gzip") && !encoding.equalsIgnoreCase("x-gzip")) {
			throw new IOException("An unsupported Content-Encoding " + encoding);
		}
		Collected out = new Collected(maxBytes);
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			byte[] buffer = new byte[16 * 1024];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				out.expect(read);
				out.write(buffer, 0, read);
			}
		}
		return out.bytes();
	}

	static long remaining(long deadline) {
		return (deadline - System.nanoTime()) / 1_000_000;
	}

	/**
	 * What the server answered; the body only of a 200.
	 */
	record Answer(int status, Map<String, String> headers, byte[] body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * The body passed the limit; {@code bytes} is as far as it was known to go.
	 */
	static final class TooLargeException extends IOException {

		private final long bytes;

		TooLargeException(long bytes) {
			super("The answer is larger than the limit");
			this.bytes = bytes;
		}

		long bytes() {
			return this.bytes;
		}

	}

	/**
	 * Bytes collected up to a limit.
	 */
	private static final class Collected extends ByteArrayOutputStream {

		private final long limit;

		Collected(long limit) {
			this(limit, 64 * 1024);
		}

		Collected(long limit, int initial) {
			super(Math.max(32, initial));
			this.limit = limit;
		}

		void expect(long more) throws TooLargeException {
			if (this.count + more > this.limit) {
				throw new TooLargeException(this.count + more);
			}
		}

		byte[] bytes() {
			return (this.buf.length == this.count) ? this.buf : toByteArray();
		}

	}

	/**
	 * The socket's bytes through a buffer of our own, each fill waiting only until the
	 * deadline.
	 */
	private static final class Input {

		private final Socket socket;

		private final InputStream in;

		private final long deadline;

		private final byte[] buffer = new byte[16 * 1024];

		private int position;

		private int limit;

		Input(Socket socket, long deadline) throws IOException {
			this.socket = socket;
			this.in = socket.getInputStream();
			this.deadline = deadline;
		}

		private boolean fill() throws IOException {
			long left = remaining(this.deadline);
			if (left <= 0) {
				throw new SocketTimeoutException("deadline passed");
			}
			this.socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
			int read = this.in.read(this.buffer);
			if (read < 0) {
				return false;
			}
			this.position = 0;
			this.limit = read;
			return true;
		}

		String line() throws IOException {
			StringBuilder line = new StringBuilder(64);
			for (;;) {
				if (this.position == this.limit && !fill()) {
					throw new EOFException("The connection closed mid-answer");
				}
				byte b = this.buffer[this.position++];
				if (b == '\n') {
					int end = line.length();
					return (end > 0 && line.charAt(end - 1) == '\r') ? line.substring(0, end - 1) : line.toString();
				}
				if (line.length() >= MAX_HEAD_LINE) {
					throw new IOException("A header line longer than " + MAX_HEAD_LINE + " bytes");
				}
				line.append((char) (b & 0xff));
			}
		}

		void copy(Collected out, long length) throws IOException {
			long left = length;
			while (left > 0) {
				if (this.position == this.limit && !fill()) {
					throw new EOFException("The connection closed mid-answer");
				}
				int take = (int) Math.min(left, this.limit - this.position);
				out.write(this.buffer, this.position, take);
				this.position += take;
				left -= take;
			}
		}

		void copyToEnd(Collected out) throws IOException {
			for (;;) {
				if (this.position == this.limit && !fill()) {
					return;
				}
				int take = this.limit - this.position;
				out.expect(take);
				out.write(this.buffer, this.position, take);
				this.position = this.limit;
			}
		}

	}

}
