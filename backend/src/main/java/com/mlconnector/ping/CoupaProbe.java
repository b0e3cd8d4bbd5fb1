package com.mlconnector.ping;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.mlconnector.connection.ConnectionView;
import com.mlconnector.connection.SecretField;
import com.mlconnector.connection.SystemType;
import com.mlconnector.connectors.coupa.CoupaAuthenticationException;
import com.mlconnector.connectors.coupa.CoupaClient;
import com.mlconnector.connectors.coupa.CoupaClients;
import com.mlconnector.connectors.coupa.CoupaConnectionDetails;
import com.mlconnector.connectors.coupa.CoupaException;
import com.mlconnector.connectors.coupa.CoupaQuery;
import com.mlconnector.connectors.coupa.CoupaScopes;

import org.springframework.stereotype.Component;

/**
 * Coupa's part of a ping: token grant, one cheap authenticated read, then a probe per operation the sync
 * needs. Reads are tried for real (one id each); writes are not, as a ping writes nothing: they are
 * {@link Verdict#NOT_VERIFIABLE} when the token carries the scope, and fail naming the scope when it does not.
 */
@Component
class CoupaProbe implements SystemProbe {

	static final String TOKEN_GRANT = "Token grant";

	static final String AUTHENTICATED_READ = "Authenticated read";

	static final String READ_INVOICES = "Read invoices";

	static final String READ_SUPPLIERS = "Read suppliers";

	static final String WRITE_SUPPLIERS = "Create and update suppliers";

	static final String MARK_EXPORTED = "Mark invoices exported";

	private final CoupaClients clients;

	CoupaProbe(CoupaClients clients) {
		this.clients = clients;
	}

	@Override
	public SystemType system() {
		return SystemType.COUPA;
	}

	@Override
	public void probe(PingRun run, ConnectionView connection, Map<SecretField, String> secrets) {
		String secret = secrets.get(SecretField.CLIENT_SECRET);
		Granted granted = new Granted();
		run.step(TOKEN_GRANT, () -> {
			granted.client = this.clients.forProbe(details(connection, secret));
			granted.scopes = call(granted.client::grantedScopes);
			return "Coupa issued a token to client " + connection.clientId() + (granted.scopes.isEmpty() ? ""
					: " with scopes " + String.join(" ", new TreeSet<>(granted.scopes)));
		});
		CoupaClient client = granted.client;
		Optional<Set<String>> scopes = Optional.ofNullable(granted.scopes);
		run.step(AUTHENTICATED_READ, () -> authenticatedRead(client));
		run.step(READ_INVOICES, () -> "can read invoices awaiting export ("
				+ count(call(() -> client.invoices(CoupaQuery.all().notExported().statusIn("approved", "voided")
					.fields("id").pageSize(1)).limit(1).count())) + ")");
		run.step(READ_SUPPLIERS, () -> "can read suppliers ("
				+ count(call(() -> client.suppliers(CoupaQuery.all().fields("id").pageSize(1)).limit(1).count()))
				+ ")");
		writeProbe(run, WRITE_SUPPLIERS, CoupaScopes.SUPPLIER_WRITE, scopes, "creating or updating a supplier");
		writeProbe(run, MARK_EXPORTED, CoupaScopes.INVOICE_WRITE, scopes, "marking an invoice exported");
	}

	private static CoupaConnectionDetails details(ConnectionView connection, String secret) {
		if (secret == null || secret.isBlank()) {
			throw new PingFailure("No client secret is stored for this connection: enter it in the connection settings");
		}
		try {
			return new CoupaConnectionDetails(null, connection.id(), connection.baseUrl(), connection.clientId(),
					secret, CoupaConnectionDetails.parseScopes(connection.scopes()));
		}
		catch (IllegalArgumentException ex) {
			throw new PingFailure(ex.getMessage());
		}
	}

	/** 403 also proves the token works: which scopes it lacks is for the operation steps to say. */
	private static String authenticatedRead(CoupaClient client) {
		try {
			long rows = call(() -> client.invoices(CoupaQuery.all().fields("id").pageSize(1)).limit(1).count());
			return "Coupa accepted the token (" + count(rows) + ")";
		}
		catch (PingFailure ex) {
			if (ex.getCause() instanceof CoupaAuthenticationException auth
					&& auth.reason() == CoupaAuthenticationException.Reason.SCOPE_NOT_GRANTED) {
				return "Coupa accepted the token";
			}
			throw ex;
		}
	}

	private static void writeProbe(PingRun run, String step, String scope, Optional<Set<String>> granted,
			String action) {
		if (granted.isPresent() && !granted.get().isEmpty() && !granted.get().contains(scope)) {
			run.step(step, () -> {
				throw new PingFailure("scope " + scope + " is not granted to this client (the token has: "
						+ String.join(" ", new TreeSet<>(granted.get())) + ")");
			});
			return;
		}
		String why = (granted.isPresent() && !granted.get().isEmpty()) ? "the token carries " + scope
				: "Coupa did not say which scopes it granted";
		run.notVerifiable(step, why + ", but whether Coupa accepts " + action
				+ " can only be seen by writing, and a ping writes nothing");
	}

	/** What the token step found, for the later steps. */
	private static final class Granted {

		private CoupaClient client;

		private Set<String> scopes;

	}

	private static String count(long rows) {
		return (rows == 0) ? "none found" : "first record read";
	}

	/** Turns connector errors into step failures; their messages are written for the customer, without secrets. */
	private static <T> T call(java.util.function.Supplier<T> action) {
		try {
			return action.get();
		}
		catch (CoupaException ex) {
			PingFailure failure = new PingFailure(ex.getMessage());
			failure.initCause(ex);
			throw failure;
		}
	}

}
