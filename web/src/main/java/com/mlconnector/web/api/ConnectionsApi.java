package com.mlconnector.web.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.mlconnector.connection.ConnectionManagement;
import com.mlconnector.connection.ConnectionSettings;
import com.mlconnector.connection.ConnectionView;
import com.mlconnector.connection.SecretField;
import com.mlconnector.connection.SystemType;
import com.mlconnector.ping.PingManagement;
import com.mlconnector.ping.PingReport;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's connections. Secrets are write-only: responses say only when each last changed. */
@RestController
@RequestMapping("/api/v1/connections")
class ConnectionsApi {

	private final ConnectionManagement connections;

	private final PingManagement pings;

	ConnectionsApi(ConnectionManagement connections, PingManagement pings) {
		this.connections = connections;
		this.pings = pings;
	}

	/** Body of a PUT; secrets left out or blank keep their stored value. */
	record ConnectionRequest(String displayName, String baseUrl, String clientId, String scopes, String workdayTenant,
			String isuUsername, String wsdlVersion, String tokenUrl, String clientSecret, String refreshToken,
			String isuPassword) {

		@Override
		public String toString() {
			return "ConnectionRequest[" + displayName + ", " + baseUrl + "]";
		}

		ConnectionSettings toSettings() {
			Map<SecretField, String> secrets = new EnumMap<>(SecretField.class);
			secrets.put(SecretField.CLIENT_SECRET, clientSecret);
			secrets.put(SecretField.REFRESH_TOKEN, refreshToken);
			secrets.put(SecretField.ISU_PASSWORD, isuPassword);
			return new ConnectionSettings(displayName, baseUrl, clientId, scopes, workdayTenant, isuUsername, wsdlVersion,
					tokenUrl, secrets);
		}

	}

	@GetMapping
	List<ConnectionView> list() {
		return connections.list();
	}

	@GetMapping("/{id:[0-9a-fA-F\\-]{36}}")
	ConnectionView get(@PathVariable UUID id) {
		return connections.find(id).orElseThrow(() -> new NotFoundException("Connection " + id));
	}

	/** Pings the system (reads only; nothing is written to Coupa or Workday). */
	@PostMapping("/{system:coupa|workday|COUPA|WORKDAY}/ping")
	PingReport ping(@PathVariable String system, Authentication authentication) {
		SystemType type = SystemType.valueOf(system.toUpperCase(Locale.ROOT));
		return pings.ping(type, Actors.of(authentication))
			.orElseThrow(() -> new NotFoundException("Connection to " + type));
	}

	@GetMapping("/{id:[0-9a-fA-F\\-]{36}}/ping")
	PingReport latestPing(@PathVariable UUID id) {
		get(id);
		return pings.latest(id).orElseThrow(() -> new NotFoundException("Ping of connection " + id));
	}

	@PutMapping("/{system:coupa|workday|COUPA|WORKDAY}")
	ConnectionView put(@PathVariable String system, @RequestBody ConnectionRequest request,
			Authentication authentication) {
		return connections.save(SystemType.valueOf(system.toUpperCase(Locale.ROOT)), request.toSettings(),
				Actors.of(authentication));
	}

}
