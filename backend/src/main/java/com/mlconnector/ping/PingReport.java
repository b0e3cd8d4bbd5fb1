package com.mlconnector.ping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mlconnector.connection.SystemType;

/** One stored ping of one system: its steps in order. */
public record PingReport(UUID id, SystemType system, Instant startedAt, String startedBy, boolean succeeded,
		List<StepResult> steps) {

}
