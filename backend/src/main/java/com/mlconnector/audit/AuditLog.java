package com.mlconnector.audit;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the current tenant's audit trail, newest first. */
@Component
public class AuditLog {

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<AuditEventView> recent(int limit) {
		return jdbc.query("select id, occurred_at, actor, action, target_type, target_id, outcome, detail"
				+ " from audit_events order by occurred_at desc, id desc limit ?",
				(rs, row) -> new AuditEventView(rs.getLong(1), rs.getObject(2, Timestamp.class).toInstant(),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
						rs.getString(8)),
				Math.min(Math.max(limit, 1), 500));
	}

}
