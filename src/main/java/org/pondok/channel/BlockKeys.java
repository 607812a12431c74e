package org.pondok.channel;

import org.jspecify.annotations.Nullable;

/**
 * How an imported block names its hold in the inventory ledger: the integration and the
 * block, so a release never touches another feed's nights.
 */
final class BlockKeys {

	private BlockKeys() {
	}

	static String holderRef(long integrationId, long blockId) {
		return "OTA-" + integrationId + "-" + blockId;
	}

	/**
	 * The integration whose block a holder reference names, if it names one.
	 */
	static @Nullable Long integrationOf(String holderRef) {
		String[] parts = holderRef.split("-");
		if (parts.length != 3 || !parts[0].equals("OTA")) {
			return null;
		}
		try {
			return Long.valueOf(parts[1]);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
