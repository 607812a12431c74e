package org.pondok.catalog;

import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The image formats Pondok stores, told apart by their first bytes, never by the file
 * name or the type a browser declares.
 */
enum ImageType {

	JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp");

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final String contentType;

	ImageType(String contentType) {
		this.contentType = contentType;
	}

	String contentType() {
		return this.contentType;
	}

	/**
	 * The type of an upload, once it is known to be one Pondok stores and of a size it
	 * accepts.
	 * @throws InvalidMediaException otherwise
	 */
	static ImageType of(byte[] data) {
		if (data.length == 0) {
			throw new InvalidMediaException(InvalidMediaException.Reason.EMPTY, "The file is empty");
		}
		if (data.length > MAX_BYTES) {
			throw new InvalidMediaException(InvalidMediaException.Reason.TOO_LARGE, "An image may be at most 10 MB");
		}
		if (startsWith(data, 0, JPEG_MAGIC)) {
			return JPEG;
		}
		if (startsWith(data, 0, PNG_MAGIC)) {
			return PNG;
		}
		if (data.length >= 16 && startsWith(data, 0, ascii("RIFF")) && startsWith(data, 8, ascii("WEBP"))) {
			return WEBP;
		}
		throw new InvalidMediaException(InvalidMediaException.Reason.NOT_AN_IMAGE,
				"Only JPEG, PNG and WebP images can be uploaded");
	}

	/**
	 * The width and height in pixels.
	 * @throws InvalidMediaException when the image cannot be read
	 */
	Dimension dimensions(byte[] data) {
		return (this == WEBP) ? webpDimensions(data) : imageIoDimensions(data);
	}

	private static Dimension imageIoDimensions(byte[] data) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (input != null && readers.hasNext()) {
				ImageReader reader = readers.next();
				try {
					reader.setInput(input, true, true);
					return new Dimension(reader.getWidth(0), reader.getHeight(0));
				}
				finally {
					reader.dispose();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// falls through to the refusal below
		}
		throw new InvalidMediaException(InvalidMediaException.Reason.UNREADABLE, "The image cannot be read");
	}

	/**
	 * Reads the size from the first chunk of a WebP file ({@code VP8 }, {@code VP8L} or
	 * {@code VP8X}); the JDK has no WebP reader.
	 */
	private static Dimension webpDimensions(byte[] data) {
		if (data.length >= 30 && startsWith(data, 12, ascii("VP8 ")) && (data[23] & 0xFF) == 0x9D
				&& (data[24] & 0xFF) == 0x01 && (data[25] & 0xFF) == 0x2A) {
			return new Dimension(littleEndian(data, 26, 2) & 0x3FFF, littleEndian(data, 28, 2) & 0x3FFF);
		}
		if (data.length >= 25 && startsWith(data, 12, ascii("VP8L")) && (data[20] & 0xFF) == 0x2F) {
			int bits = littleEndian(data, 21, 4);
			return new Dimension((bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
		}
		if (data.length >= 30 && startsWith(data, 12, ascii("VP8X"))) {
			return new Dimension(littleEndian(data, 24, 3) + 1, littleEndian(data, 27, 3) + 1);
		}
		throw new InvalidMediaException(InvalidMediaException.Reason.UNREADABLE, "The image cannot be read");
	}

	private static int littleEndian(byte[] data, int offset, int length) {
		int value = 0;
		for (int i = length - 1; i >= 0; i--) {
			value = (value << 8) | (data[offset + i] & 0xFF);
		}
		return value;
	}

	private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
		return data.length >= offset + prefix.length
				&& Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
