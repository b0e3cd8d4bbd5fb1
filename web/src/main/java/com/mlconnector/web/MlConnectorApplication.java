package com.mlconnector.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The ml-connector application: UI, tenant admin REST API and (later) webhook intake, assembling
 * backend and batch-jobs. The sandboxes are a separate module, mounted by {@link SandboxMount} when
 * {@link SandboxEnabledCondition} says so.
 */
@SpringBootApplication
@ComponentScan(basePackages = "com.mlconnector",
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.mlconnector\\.sandbox\\..*"))
@EntityScan("com.mlconnector")
@EnableJpaRepositories("com.mlconnector")
public class MlConnectorApplication {

	/**
	 * Serves until stopped; with {@code --mlc.command=...} (e.g. {@code rotate-vault-keys}) runs that
	 * command and exits with its exit code.
	 */
	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(MlConnectorApplication.class, args);
		if (context.getEnvironment().containsProperty("mlc.command")) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
