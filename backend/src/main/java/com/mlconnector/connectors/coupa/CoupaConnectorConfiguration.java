package com.mlconnector.connectors.coupa;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the {@link CoupaClients} factory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoupaProperties.class)
public class CoupaConnectorConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CoupaClients coupaClients(CoupaProperties properties) {
		return new CoupaClients(properties, Clock.systemUTC());
	}

}
