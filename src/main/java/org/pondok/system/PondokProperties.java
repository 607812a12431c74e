package org.pondok.system;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What an operator sets through the {@code PONDOK_*} environment variables (see
 * README.md).
 *
 * @param dataDir folder for the embedded database, the key file and backups
 * @param baseUrl public address used in links, feeds and e-mails
 * @param demo whether to load the demo property into an empty database; unset means "on
 * the embedded database only"
 * @param adminEmail the System Administrator created on an empty database
 * @param adminPassword that administrator's password; blank means generate and print once
 * @param demoStaffPassword password of the demo staff accounts; blank means one generated
 * each
 * @param secretKey base64 AES-256 key for secrets at rest; blank means a key file in the
 * data folder
 * @param rateLimitPerHour API requests per client per hour
 * @param channel settings of the channel manager
 * @param environment which kind of installation this is; unset means production
 */
@ConfigurationProperties("pondok")
public record PondokProperties(Path dataDir, String baseUrl, @Nullable Boolean demo, String adminEmail,
		@Nullable String adminPassword, @Nullable String demoStaffPassword, @Nullable String secretKey,
		int rateLimitPerHour, Channel channel, @Nullable RuntimeEnvironment environment) {

	/**
	 * The environment, production unless the operator said otherwise.
	 */
	public RuntimeEnvironment runtimeEnvironment() {
		return (this.environment != null) ? this.environment : RuntimeEnvironment.PROD;
	}

	/**
	 * @param allowPrivateHosts let feed imports reach loopback and private addresses
	 * @param privateHosts host names whose feeds may be fetched from a loopback or
	 * private address (a PMS on the local network), when not every host may
	 */
	public record Channel(boolean allowPrivateHosts, List<String> privateHosts) {

		public Channel {
			// unset is none
			privateHosts = (privateHosts != null) ? List.copyOf(privateHosts) : List.of();
		}

	}

}
