package com.mlconnector.sandbox;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * Entry point for mounting the sandboxes inside another Spring application (the web
 * app imports this class when {@code mlc.sandbox.enabled=true}). It defines no
 * security filter chain, data source or primary JSON mapper, so it cannot disturb
 * the host application. Paths are prefixed by {@code sandbox.coupa.path-prefix} and
 * {@code sandbox.workday.path-prefix} (empty when stand-alone, {@code /sandbox/coupa}
 * and {@code /sandbox/workday} when mounted).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = SandboxConfiguration.class,
		excludeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = SandboxApplication.class))
public class SandboxConfiguration {

}
