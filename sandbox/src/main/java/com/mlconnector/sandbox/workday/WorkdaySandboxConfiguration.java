package com.mlconnector.sandbox.workday;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link WorkdaySandboxProperties}; the Workday beans themselves are found by component scanning. */
@Configuration(value = "workdaySandboxConfiguration", proxyBeanMethods = false)
@EnableConfigurationProperties(WorkdaySandboxProperties.class)
class WorkdaySandboxConfiguration {

}
