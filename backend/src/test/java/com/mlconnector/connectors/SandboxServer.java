package com.mlconnector.connectors;

import com.mlconnector.sandbox.SandboxApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Coupa and Workday sandboxes, started once per test JVM on a free port, stand-alone (no path
 * prefix), exactly as {@code java -jar mlc-sandbox-*-exec.jar} runs them. Connector tests talk to it
 * over real HTTP.
 */
public final class SandboxServer {

	private static ConfigurableApplicationContext context;

	private SandboxServer() {
	}

	/** Base URL, e.g. {@code http://localhost:54321}; Coupa is at the root, Workday under /ccx. */
	public static synchronized String baseUrl() {
		if (context == null) {
			context = new SpringApplicationBuilder(SandboxApplication.class).profiles("sandbox-standalone")
				.run("--server.port=0", "--spring.main.banner-mode=off");
			Runtime.getRuntime().addShutdownHook(new Thread(context::close));
		}
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** The sandbox's own beans (e.g. to read its request log in assertions). */
	public static synchronized ConfigurableApplicationContext context() {
		baseUrl();
		return context;
	}

}
