package com.mlconnector.sandbox.coupa;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Enables {@link CoupaProperties}; the Coupa beans themselves are found by component scanning. */
@Configuration(value = "coupaSandboxConfiguration", proxyBeanMethods = false)
@EnableConfigurationProperties(CoupaProperties.class)
class CoupaSandboxConfiguration {

}
