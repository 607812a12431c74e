package org.pondok.web;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pondok.web.site.SiteLanguages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of the pages: from {@code ?lang=xx} when given (and then kept in a
 * cookie), else the cookie, else the first of the browser's {@code Accept-Language}
 * languages the site speaks, else English. Only the nine languages of
 * {@link SiteLanguages} are ever chosen; any other reads as English.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SiteLocaleResolver();
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		// not setDefaultLocale: a fixed default would hide the browser's languages
		resolver.setDefaultLocaleFunction((request) -> SiteLanguages.preferred(Collections.list(request.getLocales())));
		return resolver;
	}

	/**
	 * JSON only. The YAML and XML converters that the classpath brings along (the OpenAPI
	 * tooling's) are never asked for, yet each answer would ask each of them whether it
	 * could write it, and the YAML one answers by building a serializer every time.
	 */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList(
				(converters) -> converters.removeIf((converter) -> converter.getSupportedMediaTypes()
					.stream()
					.allMatch((type) -> type.getSubtype().contains("yaml") || type.getSubtype().contains("xml"))));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change).excludePathPatterns("/api/**", "/calendars/**", "/actuator/**");
	}

	/**
	 * Keeps every locale it reads or stores to the site's languages.
	 */
	static final class SiteLocaleResolver extends CookieLocaleResolver {

		SiteLocaleResolver() {
			super("pondok-lang");
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return SiteLanguages.supported(super.resolveLocale(request));
		}

		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			LocaleContext context = super.resolveLocaleContext(request);
			TimeZone zone = (context instanceof TimeZoneAwareLocaleContext aware) ? aware.getTimeZone() : null;
			return new SimpleTimeZoneAwareLocaleContext(SiteLanguages.supported(context.getLocale()), zone);
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable LocaleContext context) {
			if (context == null || context.getLocale() == null) {
				super.setLocaleContext(request, response, context);
				return;
			}
			TimeZone zone = (context instanceof TimeZoneAwareLocaleContext aware) ? aware.getTimeZone() : null;
			super.setLocaleContext(request, response,
					new SimpleTimeZoneAwareLocaleContext(SiteLanguages.supported(context.getLocale()), zone));
		}

	}

}
