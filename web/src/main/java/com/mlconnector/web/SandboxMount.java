package com.mlconnector.web;

import com.mlconnector.sandbox.SandboxConfiguration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Mounts the Coupa and Workday sandboxes under {@code /sandbox/coupa} and {@code /sandbox/workday}
 * (the embedded default). Off in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "mlc.sandbox.enabled", havingValue = "true")
@Import(SandboxConfiguration.class)
class SandboxMount {

}
