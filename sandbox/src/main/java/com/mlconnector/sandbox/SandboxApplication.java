package com.mlconnector.sandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Runs the Coupa and Workday sandboxes stand-alone, on their own port
 * ({@code SANDBOX_PORT}, 8090 by default), with no path prefix. Component scanning is
 * left to {@link SandboxConfiguration} so that stand-alone and mounted runs see the same beans.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SandboxConfiguration.class)
public class SandboxApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(SandboxApplication.class);
		app.setAdditionalProfiles("sandbox-standalone");
		app.run(args);
	}

}
