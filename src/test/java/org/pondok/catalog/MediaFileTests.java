package org.pondok.catalog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MediaFileTests {

	private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

	@Test
	void takesTheTypeAndSizeFromTheBytes() throws IOException {
		byte[] png = image("png", 40, 30);

		MediaFile media = MediaFile.of("photos/pool.jpg", png, NOW);

		assertThat(media.contentType()).isEqualTo("image/png");
		assertThat(media.width()).isEqualTo(40);
		assertThat(media.height()).isEqualTo(30);
		assertThat(media.fileName()).isEqualTo("pool.jpg");
	}

	@Test
	void readsAJpeg() throws IOException {
		MediaFile media = MediaFile.of("garden.jpg", image("jpeg", 64, 48), NOW);

		assertThat(media.contentType()).isEqualTo("image/jpeg");
		assertThat(media.width()).isEqualTo(64);
		assertThat(media.height()).isEqualTo(48);
	}

	@Test
	void readsTheSizeOfALosslessWebp() {
		MediaFile media = MediaFile.of("villa.webp", webpLossless(1600, 900), NOW);

		assertThat(media.contentType()).isEqualTo("image/webp");
		assertThat(media.width()).isEqualTo(1600);
		assertThat(media.height()).isEqualTo(900);
	}

	@Test
	void fingerprintsTheBytesWithSha256() {
		assertThat(MediaFile.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void refusesAFileThatIsNoImage() {
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);

		assertThatExceptionOfType(InvalidMediaException.class).isThrownBy(() -> MediaFile.of("x.jpg", html, NOW))
			.withMessageContaining("JPEG, PNG and WebP");
	}

	@Test
	void refusesAGif() {
		byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);

		assertThatExceptionOfType(InvalidMediaException.class).isThrownBy(() -> MediaFile.of("x.gif", gif, NOW));
	}

	@Test
	void refusesAnImageOverTenMegabytes() {
		byte[] big = new byte[ImageType.MAX_BYTES + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;

		assertThatExceptionOfType(InvalidMediaException.class).isThrownBy(() -> MediaFile.of("big.jpg", big, NOW))
			.withMessageContaining("10 MB");
	}

	@Test
	void refusesATruncatedImage() throws IOException {
		byte[] png = image("png", 10, 10);
		byte[] header = Arrays.copyOf(png, 12);

		assertThatExceptionOfType(InvalidMediaException.class).isThrownBy(() -> MediaFile.of("cut.png", header, NOW));
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatExceptionOfType(InvalidMediaException.class)
			.isThrownBy(() -> MediaFile.of("empty.png", new byte[0], NOW));
	}

	@Test
	void keepsOnlyTheLastPartOfAFileName() {
		assertThat(MediaFile.cleanName("C:\\Users\\kadek\\pool\u0007.png", ImageType.PNG)).isEqualTo("pool.png");
		assertThat(MediaFile.cleanName("  ", ImageType.JPEG)).isEqualTo("image.jpg");
	}

	private static byte[] image(String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, format, bytes);
		return bytes.toByteArray();
	}

	/**
	 * The header of a lossless WebP: RIFF, WEBP, a VP8L chunk with its signature byte and
	 * the 14-bit width and height (each minus one).
	 */
	private static byte[] webpLossless(int width, int height) {
		ByteBuffer buffer = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22);
		buffer.put("WEBP".getBytes(StandardCharsets.US_ASCII));
		buffer.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(10);
		buffer.put((byte) 0x2F);
		buffer.putInt((width - 1) | ((height - 1) << 14));
		return buffer.array();
	}

}
