package org.pondok.system;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets sealed with the key open with it only; signatures are made by the key, per
 * purpose, and checked whole.
 */
class SecretCipherTests {

	private final SecretCipher cipher = new SecretCipher(key(1));

	@Test
	void aSecretOpensWithTheKeyThatSealedIt() {
		String sealed = this.cipher.encrypt("smtp-password");

		assertThat(sealed).startsWith("v1:").doesNotContain("smtp-password");
		assertThat(this.cipher.decrypt(sealed)).isEqualTo("smtp-password");
	}

	@Test
	void aSignatureIsTheKeysAndThePurposesAndTheTexts() {
		String signature = this.cipher.sign("manage-booking", "BK-000031\nguest@example.com");

		assertThat(signature).matches("[A-Za-z0-9_-]{43}");
		assertThat(this.cipher.sign("manage-booking", "BK-000031\nguest@example.com")).isEqualTo(signature);
		assertThat(this.cipher.verifies("manage-booking", "BK-000031\nguest@example.com", signature)).isTrue();
		assertThat(this.cipher.verifies("manage-booking", "BK-000032\nguest@example.com", signature)).isFalse();
		assertThat(this.cipher.verifies("feed", "BK-000031\nguest@example.com", signature)).isFalse();
		assertThat(new SecretCipher(key(2)).verifies("manage-booking", "BK-000031\nguest@example.com", signature))
			.isFalse();
	}

	@Test
	void aSignatureIsCheckedWhole() {
		String signature = this.cipher.sign("manage-booking", "BK-000031\nguest@example.com");

		assertThat(this.cipher.verifies("manage-booking", "BK-000031\nguest@example.com", signature.substring(1)))
			.isFalse();
		assertThat(this.cipher.verifies("manage-booking", "BK-000031\nguest@example.com", signature + "A")).isFalse();
		assertThat(this.cipher.verifies("manage-booking", "BK-000031\nguest@example.com", "")).isFalse();
		assertThat(this.cipher.verifies("manage-booking", "BK-000031\nguest@example.com", null)).isFalse();
	}

	private static SecretKeySpec key(int fill) {
		byte[] bytes = new byte[32];
		java.util.Arrays.fill(bytes, (byte) fill);
		return new SecretKeySpec(bytes, "AES");
	}

}
