package org.pondok.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection, used by one benchmark client at a time. It costs
 * the client a few microseconds a request, so the figures are the server's, which a
 * general-purpose client with its own threads and buffers would blur on two cores.
 */
final class HttpConnection implements AutoCloseable {

	private final String host;

	private final int port;

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
		this.in = new BufferedInputStream(this.socket.getInputStream(), 64 * 1024);
		this.out = this.socket.getOutputStream();
	}

	int get(String pathAndQuery) throws IOException {
		return send("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + this.host + "\r\nAccept: application/json\r\n\r\n",
				null);
	}

	int get(String pathAndQuery, String header, String value) throws IOException {
		return send(
				"GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + this.host + "\r\n" + header + ": " + value + "\r\n\r\n",
				null);
	}

	int postJson(String path, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return send("POST " + path + " HTTP/1.1\r\nHost: " + this.host
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
				+ "\r\n\r\n", body);
	}

	private int send(String head, byte[] body) throws IOException {
		this.out.write(head.getBytes(StandardCharsets.ISO_8859_1));
		if (body != null) {
			this.out.write(body);
		}
		this.out.flush();
		String status = line();
		int code = Integer.parseInt(status.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(lower.substring(15).trim());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				close = true;
			}
		}
		if (chunked) {
			for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0; size = Long
				.parseLong(line().split(";")[0].trim(), 16)) {
				skip(size);
				line();
			}
			line();
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

	private void skip(long bytes) throws IOException {
		long left = bytes;
		while (left > 0) {
			long skipped = this.in.skip(left);
			if (skipped <= 0) {
				if (this.in.read() < 0) {
					throw new IOException("The server closed the connection mid-response");
				}
				skipped = 1;
			}
			left -= skipped;
		}
	}

	private String line() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
		for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
			if (b < 0) {
				throw new IOException("The server closed the connection");
			}
			if (b != '\r') {
				bytes.write(b);
			}
		}
		return bytes.toString(StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
