package com.mlconnector.web.startup;

import com.mlconnector.web.SandboxEnabledCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who just started the application where it is and how to get in. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment environment;

	StartupBanner(Environment environment) {
		this.environment = environment;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		int port = (event.getApplicationContext() instanceof WebServerApplicationContext web)
				? web.getWebServer().getPort() : 8080;
		String url = "http://localhost:" + port;
		StringBuilder text = new StringBuilder("\n\n  ml-connector is running at ").append(url).append('\n')
			.append("  Create your organisation at ").append(url).append("/signup, then sign in at ").append(url)
			.append("/login\n");
		if (SandboxEnabledCondition.isEnabled(environment)) {
			text.append("  Sandboxes: ").append(url).append("/sandbox/coupa and ").append(url)
				.append("/sandbox/workday (the demo tenant's sign-in is logged above)\n");
		}
		log.info(text.toString());
	}

}
