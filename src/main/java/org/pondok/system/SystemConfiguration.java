package org.pondok.system;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	/**
	 * The one source of time; tests replace it to control "now".
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Table and column names are written unquoted, so that each database folds them as
	 * the migrations created them (H2 to upper case, PostgreSQL to lower case); Spring
	 * Data JDBC would otherwise quote them and H2 would then match case-sensitively.
	 */
	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

}
