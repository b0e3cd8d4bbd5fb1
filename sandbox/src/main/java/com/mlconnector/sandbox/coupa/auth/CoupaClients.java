package com.mlconnector.sandbox.coupa.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The OAuth clients of the instance (seeded credentials of {@code docs/sandbox-contract.md}). Scope
 * names are verbatim from the R39 specs ({@code oauth-scopes-r39.txt}).
 */
@Component("coupaSandboxClients")
public class CoupaClients {

	/** Scopes the sandbox knows; each resource checks one of them. */
	public static final List<String> SCOPES = List.of("core.invoice.read", "core.invoice.write",
			"core.invoice.create", "core.invoice.approval.write", "core.supplier.read", "core.supplier.write",
			"core.purchase_order.read", "core.purchase_order.write", "core.accounting.read", "core.accounting.write",
			"core.common.read", "core.common.write", "core.pay.payments.read", "core.pay.payments.write",
			"core.integration.read", "core.integration.write", "openid", "profile", "email", "offline_access");

	/** A registered client. */
	public record Client(String id, String secret, Set<String> scopes) {
	}

	private final Map<String, Client> clients = Map.of("mlc-demo-client",
			new Client("mlc-demo-client", "mlc-demo-secret", Set.copyOf(SCOPES)), "mlc-readonly-client",
			new Client("mlc-readonly-client", "mlc-readonly-secret", Set.copyOf(
					SCOPES.stream().filter((s) -> s.endsWith(".read") || !s.startsWith("core.")).toList())));

	/** The client if id and secret match; secrets are compared in constant time. */
	public Optional<Client> authenticate(String id, String secret) {
		Client client = (id != null) ? this.clients.get(id) : null;
		if (client == null || secret == null || !java.security.MessageDigest
			.isEqual(client.secret().getBytes(), secret.getBytes())) {
			return Optional.empty();
		}
		return Optional.of(client);
	}

}
