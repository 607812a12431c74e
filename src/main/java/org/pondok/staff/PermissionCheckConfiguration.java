package org.pondok.staff;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link PermissionCheck} in front of every handler.
 */
@Configuration(proxyBeanMethods = false)
class PermissionCheckConfiguration implements WebMvcConfigurer {

	private final PermissionCheck check;

	PermissionCheckConfiguration(PermissionCheck check) {
		this.check = check;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.check);
	}

}
