package org.pondok.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	/**
	 * The one source of time; tests replace it to control "now".
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
