package org.pondok.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts secrets at rest with AES-256-GCM. The key comes from {@code PONDOK_SECRET_KEY}
 * (base64, 32 bytes) or from a key file in the data folder, created with owner-only
 * permissions on first start; it is never stored in the database. A ciphertext reads
 * {@code v1:<base64(iv | ciphertext+tag)>}. The same key signs what the application hands
 * out and must recognise later (a guest's link to their booking): HMAC-SHA256 under a key
 * derived from it for each purpose, so no second key has to be kept.
 */
@Component
public class SecretCipher {

	private static final String PREFIX = "v1:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final String KEY_FILE = "pondok-secret.key";

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, SecretKey> signingKeys = new ConcurrentHashMap<>();

	@Autowired
	SecretCipher(PondokProperties properties) {
		this(loadKey(properties));
	}

	SecretCipher(SecretKey key) {
		this.key = key;
	}

	public String encrypt(String plaintext) {
		try {
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt a secret", ex);
		}
	}

	/**
	 * @throws IllegalStateException when the text was not sealed with this key (the
	 * message never contains the text)
	 */
	public String decrypt(String ciphertext) {
		if (!ciphertext.startsWith(PREFIX)) {
			throw new IllegalStateException("Not an encrypted secret");
		}
		try {
			byte[] all = Base64.getDecoder().decode(ciphertext.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
			return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A secret cannot be decrypted with the configured key");
		}
	}

	/**
	 * The text's signature for a purpose (base64url, no padding): only this key makes it,
	 * and a signature for one purpose is worth nothing for another.
	 */
	public String sign(String purpose, String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(signingKey(purpose), text));
	}

	/**
	 * Whether the signature is the text's for the purpose, compared in constant time.
	 */
	public boolean verifies(String purpose, String text, @Nullable String signature) {
		byte[] expected = sign(purpose, text).getBytes(StandardCharsets.US_ASCII);
		byte[] given = (signature != null) ? signature.getBytes(StandardCharsets.US_ASCII) : new byte[0];
		return MessageDigest.isEqual(expected, given);
	}

	private SecretKey signingKey(String purpose) {
		return this.signingKeys.computeIfAbsent(purpose,
				(name) -> new SecretKeySpec(
						hmac(new SecretKeySpec(this.key.getEncoded(), "HmacSHA256"), "pondok-signing:" + name),
						"HmacSHA256"));
	}

	private static byte[] hmac(SecretKey key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign with the configured key", ex);
		}
	}

	static SecretKey loadKey(PondokProperties properties) {
		if (StringUtils.hasText(properties.secretKey())) {
			return keyOf(properties.secretKey().trim(), "PONDOK_SECRET_KEY");
		}
		Path file = properties.dataDir().resolve(KEY_FILE);
		try {
			if (Files.notExists(file)) {
				createKeyFile(file);
			}
			return keyOf(Files.readString(file).trim(), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the key file " + file, ex);
		}
	}

	private static void createKeyFile(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		try {
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(file);
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
		}
		catch (FileAlreadyExistsException ex) {
			// another instance created it first: use theirs
		}
	}

	private static SecretKey keyOf(String base64, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(source + " is not valid base64");
		}
		if (bytes.length != 32) {
			throw new IllegalStateException(source + " must hold a 256-bit key (32 bytes, base64)");
		}
		return new SecretKeySpec(bytes, "AES");
	}

}
