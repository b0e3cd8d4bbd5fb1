package com.mlconnector.web.demo;

import java.util.EnumMap;
import java.util.Map;

import com.mlconnector.connection.ConnectionManagement;
import com.mlconnector.connection.ConnectionSettings;
import com.mlconnector.connection.SecretField;
import com.mlconnector.connection.SystemType;
import com.mlconnector.tenancy.TenantContext;
import com.mlconnector.tenant.SignupRequest;
import com.mlconnector.tenant.TenantManagement;
import com.mlconnector.user.LoginIdentity;
import com.mlconnector.user.UserDirectory;
import com.mlconnector.web.SandboxEnabledCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds (once) a demo tenant whose Coupa and Workday connections point at the sandboxes mounted in
 * this very application, so the one-command default can be tried end to end. On every start the
 * connections are re-pointed at the current port. The sandbox credentials are the sandbox's
 * documented demo credentials, not customer secrets.
 */
@Component
@Conditional(SandboxEnabledCondition.class)
@EnableConfigurationProperties(DemoProperties.class)
class DemoTenant {

	private static final Logger log = LoggerFactory.getLogger(DemoTenant.class);

	static final String ACTOR = "demo-seeder";

	private final DemoProperties properties;

	private final TenantManagement tenants;

	private final UserDirectory users;

	private final ConnectionManagement connections;

	DemoTenant(DemoProperties properties, TenantManagement tenants, UserDirectory users,
			ConnectionManagement connections) {
		this.properties = properties;
		this.tenants = tenants;
		this.users = users;
		this.connections = connections;
	}

	@EventListener
	@Order(0)
	void seed(ApplicationReadyEvent event) {
		if (!properties.enabled() || !(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		String base = "http://localhost:" + web.getWebServer().getPort() + "/sandbox";
		LoginIdentity admin = users.findByEmail(properties.email()).orElseGet(this::signUp);
		TenantContext.runAs(admin.tenantId(), () -> {
			wire(SystemType.COUPA, coupa(base + "/coupa"));
			wire(SystemType.WORKDAY, workday(base + "/workday"));
		});
		log.info("Demo tenant '{}' is wired to the sandboxes at {}/coupa and {}/workday; sign in as {} / {}",
				properties.company(), base, base, properties.email(), properties.password());
	}

	/** Saves the connection unless it already points at this run's sandbox (the port may change). */
	private void wire(SystemType system, ConnectionSettings settings) {
		boolean current = connections.find(system)
			.map((existing) -> settings.baseUrl().equals(existing.baseUrl()))
			.orElse(false);
		if (!current) {
			connections.save(system, settings, ACTOR);
		}
	}

	private LoginIdentity signUp() {
		tenants.signUp(new SignupRequest(properties.company(), "Demo Admin", properties.email(), properties.password()));
		return users.findByEmail(properties.email()).orElseThrow();
	}

	private static ConnectionSettings coupa(String url) {
		Map<SecretField, String> secrets = new EnumMap<>(SecretField.class);
		secrets.put(SecretField.CLIENT_SECRET, "mlc-demo-secret");
		return new ConnectionSettings("Coupa (sandbox)", url, "mlc-demo-client",
				"core.invoice.read core.invoice.write core.supplier.read core.supplier.write core.purchase_order.read"
						+ " core.accounting.read",
				null, null, null, null, secrets);
	}

	private static ConnectionSettings workday(String url) {
		Map<SecretField, String> secrets = new EnumMap<>(SecretField.class);
		secrets.put(SecretField.CLIENT_SECRET, "mlc-wd-secret");
		secrets.put(SecretField.REFRESH_TOKEN, "mlc-demo-refresh-token");
		secrets.put(SecretField.ISU_PASSWORD, "Demo-ISU-Passw0rd!");
		return new ConnectionSettings("Workday (sandbox)", url, "mlc-wd-client", null, "mlc_demo", "ISU_MLC@mlc_demo",
				"v30.0", null, secrets);
	}

}
