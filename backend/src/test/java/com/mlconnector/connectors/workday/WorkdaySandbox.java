package com.mlconnector.connectors.workday;

import java.util.List;
import java.util.UUID;

import com.mlconnector.connectors.SandboxServer;
import com.mlconnector.sandbox.faults.FaultInjector;
import com.mlconnector.sandbox.faults.FaultKnobs;
import com.mlconnector.sandbox.faults.RequestLog;
import com.mlconnector.sandbox.workday.soap.FaultQueue;
import com.mlconnector.sandbox.workday.soap.ValidationError;

/** The Workday sandbox's tenant, credentials and test knobs (request log, fault injection, queued SOAP faults). */
public final class WorkdaySandbox {

	public static final String TENANT = "mlc_demo";

	public static final String ISU = "ISU_MLC";

	public static final String ISU_PASSWORD = "Demo-ISU-Passw0rd!";

	public static final String CLIENT_ID = "mlc-wd-client";

	public static final String CLIENT_SECRET = "mlc-wd-secret";

	public static final String REFRESH_TOKEN = "mlc-demo-refresh-token";

	public static final String VERSION = "v44.2";

	private static final String SYSTEM = "workday";

	private WorkdaySandbox() {
	}

	/** Correct details for the sandbox tenant, with a fresh connection id (so each test gets its own client). */
	public static WorkdayConnectionDetails details() {
		return new WorkdayConnectionDetails(UUID.randomUUID(), UUID.randomUUID(), SandboxServer.baseUrl(), TENANT, ISU,
				ISU_PASSWORD, VERSION, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, null);
	}

	/** The sandbox's Workday request log (every /ccx request: SOAP and OAuth). */
	public static List<RequestLog.Entry> requests() {
		return bean(RequestLog.class).entries(SYSTEM);
	}

	/** Requests to one SOAP service, e.g. {@code Resource_Management}. */
	public static long soapRequests(String service) {
		return requests().stream().filter((entry) -> entry.path().contains("/" + service + "/")).count();
	}

	public static void clearRequests() {
		bean(RequestLog.class).clear(SYSTEM);
	}

	public static void knobs(FaultKnobs knobs) {
		bean(FaultInjector.class).set(SYSTEM, knobs);
	}

	/** Knobs off and queued SOAP faults cleared. */
	public static void calm() {
		bean(FaultInjector.class).reset(SYSTEM);
		bean(FaultQueue.class).clear();
	}

	public static void queueProcessingFault(String operation, String detail, int times) {
		bean(FaultQueue.class).enqueue(operation, new FaultQueue.Queued(List.of(), detail), times);
	}

	public static void queueValidationFault(String operation, String message, String xpath) {
		bean(FaultQueue.class).enqueue(operation,
				new FaultQueue.Queued(List.of(new ValidationError(message, message, xpath)), null), 1);
	}

	private static <T> T bean(Class<T> type) {
		return SandboxServer.context().getBean(type);
	}

}
