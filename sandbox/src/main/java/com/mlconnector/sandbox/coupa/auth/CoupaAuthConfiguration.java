package com.mlconnector.sandbox.coupa.auth;

import com.mlconnector.sandbox.coupa.CoupaKnobs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link CoupaApiGuard} in front of the Coupa API paths only, so the host app is untouched. */
@Configuration(value = "coupaSandboxAuthConfiguration", proxyBeanMethods = false)
class CoupaAuthConfiguration implements WebMvcConfigurer {

	private final CoupaRateLimiter limiter;

	private final CoupaKnobs knobs;

	private final CoupaTokens tokens;

	private final String prefix;

	CoupaAuthConfiguration(CoupaRateLimiter limiter, CoupaKnobs knobs, CoupaTokens tokens,
			@Value("${sandbox.coupa.path-prefix:/sandbox/coupa}") String prefix) {
		this.limiter = limiter;
		this.knobs = knobs;
		this.tokens = tokens;
		this.prefix = prefix;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new CoupaApiGuard(this.limiter, this.knobs, this.tokens, this.prefix + "/api"))
			.addPathPatterns(this.prefix + "/api/**");
	}

}
