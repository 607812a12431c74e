package org.pondok.catalog;

import java.awt.Dimension;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An uploaded image, stored in the database so that every application instance can serve
 * it. Immutable once stored.
 */
@Table("media")
class MediaFile {

	private static final int MAX_FILE_NAME = 255;

	@Id
	private @Nullable Long id;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private @Nullable Integer width;

	private @Nullable Integer height;

	private String sha256;

	private byte[] data;

	private Instant createdAt;

	@PersistenceCreator
	MediaFile(@Nullable Long id, String fileName, String contentType, long sizeBytes, @Nullable Integer width,
			@Nullable Integer height, String sha256, byte[] data, Instant createdAt) {
		this.id = id;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.width = width;
		this.height = height;
		this.sha256 = sha256;
		this.data = data;
		this.createdAt = createdAt;
	}

	/**
	 * An image to store, its type taken from its bytes.
	 * @throws InvalidMediaException when it is not a JPEG, PNG or WebP image of at most
	 * 10 MB that can be read
	 */
	static MediaFile of(String fileName, byte[] data, Instant now) {
		ImageType type = ImageType.of(data);
		Dimension size = type.dimensions(data);
		return new MediaFile(null, cleanName(fileName, type), type.contentType(), data.length, size.width, size.height,
				sha256(data), data.clone(), now);
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("The media has not been saved yet");
		}
		return this.id;
	}

	String fileName() {
		return this.fileName;
	}

	String contentType() {
		return this.contentType;
	}

	@Nullable Integer width() {
		return this.width;
	}

	@Nullable Integer height() {
		return this.height;
	}

	String sha256() {
		return this.sha256;
	}

	MediaContent content() {
		return new MediaContent(id(), this.fileName, this.contentType, this.data, this.sha256, this.width, this.height);
	}

	/**
	 * The last part of the name a browser sent, without control characters, short enough
	 * for the column.
	 */
	static String cleanName(String fileName, ImageType type) {
		String name = (fileName == null) ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "image." + type.name().toLowerCase(Locale.ROOT).replace("jpeg", "jpg");
		}
		return (name.length() > MAX_FILE_NAME) ? name.substring(name.length() - MAX_FILE_NAME) : name;
	}

	static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
