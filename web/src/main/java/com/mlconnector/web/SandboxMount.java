package com.mlconnector.web;

import com.mlconnector.sandbox.SandboxConfiguration;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Mounts the Coupa and Workday sandboxes under {@code /sandbox/coupa} and {@code /sandbox/workday}
 * (the embedded default). Off in production (see {@link SandboxEnabledCondition}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SandboxEnabledCondition.class)
@Import(SandboxConfiguration.class)
class SandboxMount {

}
