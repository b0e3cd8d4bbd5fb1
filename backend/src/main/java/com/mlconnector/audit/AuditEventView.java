package com.mlconnector.audit;

import java.time.Instant;

/** One audit trail entry as shown to the tenant. */
public record AuditEventView(long id, Instant occurredAt, String actor, String action, String targetType,
		String targetId, String outcome, String detail) {

}
