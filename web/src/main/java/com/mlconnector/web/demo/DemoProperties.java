package com.mlconnector.web.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo tenant of the embedded default, wired to the mounted sandboxes.
 *
 * @param enabled seed the demo tenant (only together with {@code mlc.sandbox.enabled})
 * @param email sign-in of the demo admin
 * @param password its password (a demo credential, printed on the console at start)
 * @param company the demo tenant's name
 */
@ConfigurationProperties("mlc.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("demo@ml-connector.test") String email,
		@DefaultValue("try-ml-connector-2026") String password, @DefaultValue("Demo Manufacturing Inc.") String company) {

}
