package com.mlconnector.ping;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mlconnector.audit.AuditTrail;
import com.mlconnector.connection.ConnectionManagement;
import com.mlconnector.connection.ConnectionView;
import com.mlconnector.connection.SecretField;
import com.mlconnector.connection.SystemType;
import com.mlconnector.vault.VaultException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Ping your systems": for one of the current tenant's connections, run the network steps and the
 * system's probe, store the ordered results with timings, and audit the run. Nothing is written to
 * Coupa or Workday. Network calls run outside any database transaction.
 */
@Service
public class PingManagement {

	private final ConnectionManagement connections;

	private final List<SystemProbe> probes;

	private final PingResults results;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	PingManagement(ConnectionManagement connections, List<SystemProbe> probes, PingResults results, AuditTrail audit,
			TransactionTemplate transactions) {
		this.connections = connections;
		this.probes = probes;
		this.results = results;
		this.audit = audit;
		this.transactions = transactions;
	}

	/** Pings the tenant's connection to {@code system}; empty when it has none. */
	public Optional<PingReport> ping(SystemType system, String actor) {
		return connections.find(system).map((connection) -> ping(connection, actor));
	}

	/** The most recent ping of a connection, if any. */
	public Optional<PingReport> latest(UUID connectionId) {
		return results.latest(connectionId);
	}

	private PingReport ping(ConnectionView connection, String actor) {
		Instant startedAt = Instant.now();
		PingRun run = new PingRun();
		NetworkSteps.run(run, connection.baseUrl());
		Map<SecretField, String> secrets = run.step("Read stored credentials", () -> {
			try {
				return connections.credentials(connection.id());
			}
			catch (VaultException ex) {
				throw new PingFailure("A stored credential could not be decrypted; enter it again");
			}
		}).orElse(Map.of());
		probeFor(connection.system()).ifPresentOrElse((probe) -> probe.probe(run, connection, secrets),
				() -> run.step("System checks", () -> {
					throw new PingFailure("No checks are available for " + connection.system());
				}));
		PingReport report = new PingReport(UUID.randomUUID(), connection.system(), startedAt, actor, !run.failed(),
				run.steps());
		transactions.executeWithoutResult((status) -> {
			results.save(connection.id(), report);
			audit.record(actor, "connection.pinged", "connection", connection.id().toString(),
					report.succeeded() ? AuditTrail.Outcome.SUCCESS : AuditTrail.Outcome.FAILURE, summary(report));
		});
		return report;
	}

	private Optional<SystemProbe> probeFor(SystemType system) {
		return probes.stream().filter((probe) -> probe.system() == system).findFirst();
	}

	private static String summary(PingReport report) {
		return report.steps()
			.stream()
			.filter((step) -> step.verdict() == Verdict.FAIL)
			.findFirst()
			.map((step) -> step.name() + ": " + step.detail())
			.orElse("all steps passed");
	}

}
