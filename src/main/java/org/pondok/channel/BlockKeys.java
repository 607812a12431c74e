package org.pondok.channel;

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

}
