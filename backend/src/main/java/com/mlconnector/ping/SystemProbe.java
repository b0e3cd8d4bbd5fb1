package com.mlconnector.ping;

import java.util.Map;

import com.mlconnector.connection.ConnectionView;
import com.mlconnector.connection.SecretField;
import com.mlconnector.connection.SystemType;

/**
 * The system-specific part of a ping: token grant, one cheap authenticated read, and a probe per
 * operation the sync needs. Runs after the network steps (resolve, connect, TLS) passed. Must write
 * nothing to the customer's system.
 */
public interface SystemProbe {

	SystemType system();

	void probe(PingRun run, ConnectionView connection, Map<SecretField, String> secrets);

}
