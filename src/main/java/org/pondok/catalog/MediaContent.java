package org.pondok.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A stored image with what an HTTP response needs: its type and a SHA-256 of the bytes
 * (hex) to serve as entity tag.
 */
public record MediaContent(long id, String fileName, String contentType, byte[] data, String sha256,
		@Nullable Integer width, @Nullable Integer height) {

}
