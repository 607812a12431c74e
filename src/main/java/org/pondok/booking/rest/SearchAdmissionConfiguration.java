package org.pondok.booking.rest;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link SearchAdmission} in front of the availability search, outside every other
 * filter so that the queue covers all of a search's work (docs/decisions/0015).
 */
@Configuration(proxyBeanMethods = false)
class SearchAdmissionConfiguration {

	@Bean
	FilterRegistrationBean<SearchAdmission> searchAdmission(@Value("${pondok.search.concurrency:0}") int concurrency,
			@Value("${pondok.search.max-wait:2s}") Duration maxWait) {
		int permits = (concurrency > 0) ? concurrency : Runtime.getRuntime().availableProcessors();
		FilterRegistrationBean<SearchAdmission> registration = new FilterRegistrationBean<>(
				new SearchAdmission(permits, maxWait));
		registration.addUrlPatterns("/api/v1/availability");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

}
