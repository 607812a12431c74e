package org.pondok;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pondok.staff.Permission;
import org.pondok.staff.NewStaffMember;
import org.pondok.staff.Role;
import org.pondok.staff.StaffManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every role against every protected page and endpoint: each handler under {@code /api}
 * or {@code /staff} that names a permission in {@code @PreAuthorize} is called by each
 * role; a role without the permission is refused with 403 before anything is read or
 * changed, a role with it gets past security (whatever the answer then is), and nobody
 * gets in without logging in. The handlers are found at run time, so a new page or
 * endpoint is in the matrix the day it is written.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:permission-matrix-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/permission-matrix-tests",
		"pondok.admin-password=matrix-admin-password" })
@AutoConfigureMockMvc
class PermissionMatrixTests {

	private static final Pattern AUTHORITY = Pattern.compile("hasAuthority\\('([^']+)'\\)");

	private static final Pattern ANY_AUTHORITY = Pattern.compile("hasAnyAuthority\\(([^)]*)\\)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	StaffManagement staff;

	/**
	 * A real account per role, so that pages about the member's own account find it.
	 */
	@BeforeEach
	void accounts() {
		for (Role role : Role.values()) {
			if (this.staff.member(email(role)).isEmpty()) {
				this.staff.createMember(new NewStaffMember(email(role), "Matrix " + role.code(), null, role,
						"Matrix-password-" + role.code() + "-2024!"));
			}
		}
	}

	private static String email(Role role) {
		return role.code() + "@matrix.test";
	}

	@Test
	void everyRoleIsRefusedExactlyWhatItsPermissionsDoNotAllow() {
		List<Endpoint> endpoints = protectedEndpoints();
		assertThat(endpoints).as("protected endpoints found").hasSizeGreaterThan(10);
		List<String> wrong = new ArrayList<>();

		for (Endpoint endpoint : endpoints) {
			for (Role role : Role.values()) {
				boolean allowed = endpoint.permissions().stream().anyMatch(role::may);
				int status;
				try {
					status = call(endpoint, role).getResponse().getStatus();
				}
				catch (IllegalStateException failed) {
					wrong.add(role + " failed " + endpoint + ": " + failed.getMessage());
					continue;
				}
				if (allowed && (status == 401 || status == 403)) {
					wrong.add(role + " refused (" + status + ") " + endpoint);
				}
				if (!allowed && status != 403) {
					wrong.add(role + " not refused (" + status + ") " + endpoint);
				}
			}
		}

		assertThat(wrong).isEmpty();
	}

	@Test
	void nobodyGetsInWithoutLoggingIn() {
		List<String> wrong = new ArrayList<>();

		for (Endpoint endpoint : protectedEndpoints()) {
			MvcTestResult result = this.mvc.perform(request(endpoint).with(csrf()));
			int status = result.getResponse().getStatus();
			boolean api = endpoint.path().startsWith("/api/");
			if (api && status != 401) {
				wrong.add("anonymous got " + status + " " + endpoint);
			}
			if (!api && !(status == 302
					&& String.valueOf(result.getResponse().getRedirectedUrl()).endsWith("/staff/login"))) {
				wrong.add("anonymous got " + status + " " + endpoint);
			}
		}

		assertThat(wrong).isEmpty();
	}

	@Test
	void aPagePostWithoutTheCsrfTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/staff/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("username=admin%40pondok.local&password=matrix-admin-password")).hasStatus(403);
		List<Endpoint> posts = protectedEndpoints().stream()
			.filter((endpoint) -> endpoint.path().startsWith("/staff") && endpoint.method() == HttpMethod.POST)
			.toList();

		for (Endpoint endpoint : posts) {
			MvcTestResult result = this.mvc.perform(request(endpoint).with(
					user(email(Role.ADMIN)).authorities(AuthorityUtils.createAuthorityList(Role.ADMIN.authorities()))));
			assertThat(result.getResponse().getStatus()).as(endpoint.toString()).isEqualTo(403);
		}
	}

	private MvcTestResult call(Endpoint endpoint, Role role) {
		return this.mvc.perform(request(endpoint)
			.with(user(email(role)).authorities(AuthorityUtils.createAuthorityList(role.authorities())))
			.with(csrf()));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request(Endpoint endpoint) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.request(endpoint.method(), endpoint.samplePath())
			.contentType(endpoint.path().startsWith("/api/") ? MediaType.APPLICATION_JSON
					: MediaType.APPLICATION_FORM_URLENCODED)
			.content(endpoint.path().startsWith("/api/") ? "{}" : "");
	}

	private List<Endpoint> protectedEndpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			Set<Permission> permissions = permissions(entry.getValue());
			if (permissions.isEmpty()) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String path : entry.getKey().getPatternValues()) {
				if (!path.startsWith("/api/") && !path.startsWith("/staff")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), path, permissions));
				}
			}
		}
		return endpoints;
	}

	private static Set<Permission> permissions(HandlerMethod handler) {
		Method method = handler.getMethod();
		PreAuthorize annotation = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
		if (annotation == null) {
			annotation = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		if (annotation == null) {
			return permissions;
		}
		if (annotation.value().equals("isAuthenticated()")) {
			// every role: the page is the member's own (their account, their tokens)
			return EnumSet.allOf(Permission.class);
		}
		Matcher single = AUTHORITY.matcher(annotation.value());
		while (single.find()) {
			permissions.add(permission(single.group(1)));
		}
		Matcher any = ANY_AUTHORITY.matcher(annotation.value());
		while (any.find()) {
			for (String part : any.group(1).split(",")) {
				permissions.add(permission(part.trim().replace("'", "")));
			}
		}
		assertThat(permissions).as("permissions named by " + method + ": " + annotation.value()).isNotEmpty();
		return permissions;
	}

	private static Permission permission(String authority) {
		for (Permission permission : Permission.values()) {
			if (permission.authority().equals(authority)) {
				return permission;
			}
		}
		throw new AssertionError("@PreAuthorize names an unknown authority '" + authority + "'");
	}

	/**
	 * One handler mapping; path variables are filled with values that name nothing, so a
	 * permitted call answers 404 or 400 and changes nothing.
	 */
	record Endpoint(HttpMethod method, String path, Set<Permission> permissions) {

		String samplePath() {
			return this.path.replaceAll("\\{reference}", "BK-999999")
				.replaceAll("\\{action}", "confirm")
				.replaceAll("\\{[^}]*[iI]d}", "999999")
				.replaceAll("\\{[^}]+}", "no-such-thing");
		}

		@Override
		public String toString() {
			return this.method + " " + this.path + " " + this.permissions;
		}

	}

}
