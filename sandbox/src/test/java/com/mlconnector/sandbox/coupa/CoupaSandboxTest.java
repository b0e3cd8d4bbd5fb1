package com.mlconnector.sandbox.coupa;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.mlconnector.sandbox.SandboxApplication;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring Boot test set-up of the Coupa sandbox tests (same properties everywhere, so the
 * context is shared): mounted prefix, real port, short retry back-off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sandbox.coupa.path-prefix=/sandbox/coupa", "sandbox.coupa.events.initial-backoff=100ms",
				"sandbox.coupa.events.max-attempts=3", "sandbox.coupa.events.timeout=2s" })
@interface CoupaSandboxTest {

}
