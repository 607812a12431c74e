package org.pondok.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One kept-alive HTTP/1.1 connection, used by one benchmark client at a time. Requests
 * are written from bytes prepared beforehand and answers are read into one reused buffer,
 * so a request allocates nothing on the client: in the same JVM as the server, the
 * client's garbage would add to the server's collections and blur its figures.
 */
final class HttpConnection implements AutoCloseable {

	private final String host;

	private final int port;

	private final byte[] buffer = new byte[64 * 1024];

	private int position;

	private int limit;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	HttpConnection(String host, int port) throws IOException {
		this.host = host;
		this.port = port;
		open();
	}

	private void open() throws IOException {
		this.socket = new Socket();
		this.socket.setTcpNoDelay(true);
		this.socket.setSoTimeout(30_000);
		this.socket.connect(new InetSocketAddress(this.host, this.port), 5_000);
		this.in = this.socket.getInputStream();
		this.out = this.socket.getOutputStream();
		this.position = 0;
		this.limit = 0;
	}

	/**
	 * The bytes of a GET request, to be sent with {@link #send(byte[])}.
	 */
	byte[] get(String pathAndQuery) {
		return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + this.host + "\r\nAccept: application/json\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * The bytes of a POST request with a JSON body, to be sent with
	 * {@link #send(byte[])}.
	 */
	byte[] postJson(String path, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + this.host
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
				+ "\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] request = new byte[head.length + body.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(body, 0, request, head.length, body.length);
		return request;
	}

	/**
	 * Sends a prepared request and reads the whole answer.
	 * @return the answer's status code
	 */
	int send(byte[] request) throws IOException {
		this.out.write(request);
		this.out.flush();
		int lineEnd = line();
		int code = digits(this.position + 9, this.position + 12, 10);
		this.position = lineEnd;
		long length = -1;
		boolean chunked = false;
		boolean close = false;
		for (int end = line(); end - this.position > 2; end = line()) {
			if (header("content-length:")) {
				length = digits(this.position + 15, end - 2, 10);
			}
			else if (header("transfer-encoding:")) {
				chunked = contains(end, "chunked");
			}
			else if (header("connection:")) {
				close = contains(end, "close");
			}
			this.position = end;
		}
		this.position += 2;
		if (chunked) {
			for (long size = chunk(); size > 0; size = chunk()) {
				skip(size + 2);
			}
			this.position = line();
		}
		else if (length > 0) {
			skip(length);
		}
		if (close) {
			close();
			open();
		}
		return code;
	}

	private long chunk() throws IOException {
		int end = line();
		int digitsEnd = this.position;
		while (digitsEnd < end - 2 && Character.digit(this.buffer[digitsEnd], 16) >= 0) {
			digitsEnd++;
		}
		long size = digits(this.position, digitsEnd, 16);
		this.position = end;
		return size;
	}

	private long digitsLong(int from, int to, int radix) {
		long value = 0;
		for (int i = from; i < to; i++) {
			int digit = Character.digit(this.buffer[i], radix);
			if (digit >= 0) {
				value = value * radix + digit;
			}
		}
		return value;
	}

	private int digits(int from, int to, int radix) {
		return (int) digitsLong(from, to, radix);
	}

	private boolean header(String lowerName) {
		if (this.limit - this.position < lowerName.length()) {
			return false;
		}
		for (int i = 0; i < lowerName.length(); i++) {
			if (Character.toLowerCase(this.buffer[this.position + i]) != lowerName.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private boolean contains(int end, String lowerWord) {
		outer: for (int start = this.position; start + lowerWord.length() <= end; start++) {
			for (int i = 0; i < lowerWord.length(); i++) {
				if (Character.toLowerCase(this.buffer[start + i]) != lowerWord.charAt(i)) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/**
	 * Makes sure a whole line from {@link #position} is in the buffer.
	 * @return the index just after its line feed
	 */
	private int line() throws IOException {
		int scanned = this.position;
		while (true) {
			for (; scanned < this.limit; scanned++) {
				if (this.buffer[scanned] == '\n') {
					return scanned + 1;
				}
			}
			if (this.position > 0) {
				int kept = this.limit - this.position;
				System.arraycopy(this.buffer, this.position, this.buffer, 0, kept);
				scanned -= this.position;
				this.position = 0;
				this.limit = kept;
			}
			if (this.limit == this.buffer.length) {
				throw new IOException("A header line longer than " + this.buffer.length + " bytes");
			}
			fill();
		}
	}

	private void skip(long bytes) throws IOException {
		long left = bytes;
		while (left > 0) {
			if (this.position == this.limit) {
				this.position = 0;
				this.limit = 0;
				fill();
			}
			int taken = (int) Math.min(left, this.limit - this.position);
			this.position += taken;
			left -= taken;
		}
	}

	private void fill() throws IOException {
		int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
		if (read < 0) {
			throw new IOException("The server closed the connection");
		}
		this.limit += read;
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
