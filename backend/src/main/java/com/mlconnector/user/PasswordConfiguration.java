package com.mlconnector.user;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing: Spring Security's delegating encoder, bcrypt today, with the algorithm id
 * stored in each hash ({@code {bcrypt}...}) so a stronger algorithm can be introduced later
 * without invalidating existing passwords.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
