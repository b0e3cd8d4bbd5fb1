package com.mlconnector.web.security;

import com.mlconnector.apitoken.ApiScope;
import com.mlconnector.apitoken.ApiTokens;
import com.mlconnector.tenant.TenantManagement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains: the REST API (bearer tokens, stateless, problem+json), the mounted
 * sandboxes (their own authentication, like the real systems), and the UI (form log-in, CSRF,
 * strict CSP that allows no external origin).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
			+ " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
			+ " form-action 'self'; frame-ancestors 'none'";

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role("TENANT_ADMIN")
			.implies("TENANT_OPERATOR")
			.role("TENANT_OPERATOR")
			.implies("TENANT_VIEWER")
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens,
			@Value("${mlc.platform.token:}") String platformToken) throws Exception {
		http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, platformToken), AnonymousAuthenticationFilter.class)
			.addFilterBefore(new TenantBindingFilter(), AuthorizationFilter.class)
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/api/v1/platform/**")
				.hasRole("PLATFORM_ADMIN")
				.requestMatchers(HttpMethod.GET, "/api/v1/connections/**")
				.hasAuthority(ApiScope.CONNECTIONS_READ.authority())
				// a ping only reads from Coupa and Workday
				.requestMatchers(HttpMethod.POST, "/api/v1/connections/*/ping")
				.hasAuthority(ApiScope.CONNECTIONS_READ.authority())
				.requestMatchers("/api/v1/connections/**")
				.hasAuthority(ApiScope.CONNECTIONS_WRITE.authority())
				.requestMatchers("/api/v1/tokens/**")
				.hasAuthority(ApiScope.TOKENS_MANAGE.authority())
				.requestMatchers("/api/v1/audit/**")
				.hasAuthority(ApiScope.AUDIT_READ.authority())
				.anyRequest()
				.denyAll())
			.exceptionHandling((ex) -> ex
				.authenticationEntryPoint((request, response, e) -> {
					response.setHeader("WWW-Authenticate", "Bearer");
					ProblemResponses.write(request, response, 401, "Unauthorized",
							"Send an API token as 'Authorization: Bearer <token>'");
				})
				.accessDeniedHandler((request, response, e) -> ProblemResponses.write(request, response, 403,
						"Forbidden", "This token's scopes do not allow this request")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain sandboxChain(HttpSecurity http) throws Exception {
		// the sandboxes stand in for Coupa and Workday and authenticate like them (OAuth2, WS-Security)
		http.securityMatcher("/sandbox/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((auth) -> auth.anyRequest().permitAll());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain uiChain(HttpSecurity http, TenantManagement tenants,
			@Value("${mlc.security.tenant-recheck:30s}") java.time.Duration tenantRecheck) throws Exception {
		http.addFilterBefore(new SuspendedTenantFilter(tenants, tenantRecheck), AuthorizationFilter.class)
			.addFilterBefore(new TenantBindingFilter(), AuthorizationFilter.class)
			.authorizeHttpRequests((auth) -> auth
				.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
				.permitAll()
				.requestMatchers("/webjars/**", "/login", "/signup", "/error", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/connections/*/ping")
				.hasRole("TENANT_OPERATOR")
				.requestMatchers(HttpMethod.POST, "/connections/**", "/tokens/**", "/users/**")
				.hasRole("TENANT_ADMIN")
				.requestMatchers("/tokens/**", "/users/**", "/connections/*/edit")
				.hasRole("TENANT_ADMIN")
				.anyRequest()
				.hasRole("TENANT_VIEWER"))
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
