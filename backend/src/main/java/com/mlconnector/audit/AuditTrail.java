package com.mlconnector.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the tenant's audit trail. The tenant comes from the transaction's binding
 * ({@code mlc_current_tenant()}), never from the caller. Details must never contain secrets.
 */
@Component
public class AuditTrail {

	private final JdbcTemplate jdbc;

	AuditTrail(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public enum Outcome {

		SUCCESS, FAILURE

	}

	/** Records an event in the caller's transaction: it commits or rolls back with the change. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String targetType, String targetId, Outcome outcome,
			String detail) {
		jdbc.update("insert into audit_events (tenant_id, actor, action, target_type, target_id, outcome, detail)"
				+ " values (mlc_current_tenant(), ?, ?, ?, ?, ?, ?)", actor, action, targetType, targetId,
				outcome.name(), detail);
	}

	/** Records an event in its own transaction: it stays even when the caller's work fails. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String actor, String action, String targetType, String targetId, String detail) {
		record(actor, action, targetType, targetId, Outcome.FAILURE, detail);
	}

}
