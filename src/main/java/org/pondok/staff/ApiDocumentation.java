package org.pondok.staff;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description: what it is and how staff authenticate.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI pondokApi() {
		return new OpenAPI().info(new Info().title("Pondok API").version("v1").description("""
				Rooms, packages, availability and bookings for guests (no login), and the staff API \
				(bearer token from POST /api/v1/auth/tokens with HTTP Basic). Errors are RFC 9457 \
				problem documents; money is {"amount": "450.00", "currency": "USD"}."""))
			.components(new Components()
				.addSecuritySchemes("staffToken",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("pdk_…"))
				.addSecuritySchemes("staffLogin", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
	}

}
