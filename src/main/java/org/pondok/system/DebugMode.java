package org.pondok.system;

import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Debug mode: while {@code general.debug_mode} is on, Pondok's own loggers
 * ({@code org.pondok}) write at DEBUG; when it goes off they return to their configured
 * level. The setting is meant for development and reads as off in production (decision
 * 0010). Each instance follows the setting by itself, within a few seconds of a change.
 * Nothing Pondok logs, at any level, carries a secret.
 */
@Component
class DebugMode {

	static final String LOGGER = "org.pondok";

	private static final Logger log = LoggerFactory.getLogger(DebugMode.class);

	private final SystemSettings settings;

	private final LoggingSystem logging;

	private final @Nullable LogLevel configured;

	private boolean on;

	DebugMode(SystemSettings settings, LoggingSystem logging) {
		this.settings = settings;
		this.logging = logging;
		LoggerConfiguration current = logging.getLoggerConfiguration(LOGGER);
		this.configured = (current != null) ? current.getConfiguredLevel() : null;
	}

	@Scheduled(fixedDelay = 2, initialDelay = 2, timeUnit = TimeUnit.SECONDS)
	synchronized void follow() {
		boolean wanted = this.settings.flag(SystemSettings.DEBUG_MODE);
		if (wanted == this.on) {
			return;
		}
		this.on = wanted;
		if (wanted) {
			this.logging.setLogLevel(LOGGER, LogLevel.DEBUG);
			log.info("Debug mode on: {} logs at DEBUG", LOGGER);
		}
		else {
			this.logging.setLogLevel(LOGGER, this.configured);
			log.info("Debug mode off: {} logs at its configured level", LOGGER);
		}
	}

}
