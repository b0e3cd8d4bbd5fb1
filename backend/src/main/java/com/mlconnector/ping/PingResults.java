package com.mlconnector.ping;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mlconnector.connection.SystemType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores and reads the current tenant's ping results. */
@Component
class PingResults {

	private final JdbcTemplate jdbc;

	PingResults(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void save(UUID connectionId, PingReport report) {
		jdbc.update("insert into ping_runs (tenant_id, id, connection_id, system, started_at, succeeded, started_by)"
				+ " values (mlc_current_tenant(), ?, ?, ?, ?, ?, ?)", report.id(), connectionId, report.system().name(),
				Timestamp.from(report.startedAt()), report.succeeded(), report.startedBy());
		int position = 0;
		for (StepResult step : report.steps()) {
			jdbc.update("insert into ping_steps (tenant_id, ping_id, position, name, verdict, detail, millis)"
					+ " values (mlc_current_tenant(), ?, ?, ?, ?, ?, ?)", report.id(), position++, step.name(),
					step.verdict().name(), truncate(step.detail()), step.millis());
		}
	}

	@Transactional(readOnly = true)
	Optional<PingReport> latest(UUID connectionId) {
		return jdbc.query("select id, system, started_at, started_by, succeeded from ping_runs"
				+ " where connection_id = ? order by started_at desc limit 1",
				(rs, row) -> new PingReport(rs.getObject(1, UUID.class), SystemType.valueOf(rs.getString(2)),
						rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getBoolean(5), steps(rs.getObject(1, UUID.class))),
				connectionId)
			.stream()
			.findFirst();
	}

	private List<StepResult> steps(UUID pingId) {
		return jdbc.query("select name, verdict, detail, millis from ping_steps where ping_id = ? order by position",
				(rs, row) -> new StepResult(rs.getString(1), Verdict.valueOf(rs.getString(2)), rs.getString(3),
						rs.getLong(4)),
				pingId);
	}

	private static String truncate(String detail) {
		String text = (detail != null) ? detail : "";
		return (text.length() > 1000) ? text.substring(0, 997) + "..." : text;
	}

}
