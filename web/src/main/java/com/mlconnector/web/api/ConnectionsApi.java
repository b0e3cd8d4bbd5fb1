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

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's connections. Secrets are write-only: responses say only when each last changed. */
@RestController
@RequestMapping("/api/v1/connections")
class ConnectionsApi {

	private final ConnectionManagement connections;

	ConnectionsApi(ConnectionManagement connections) {
		this.connections = connections;
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

	@PutMapping("/{system:coupa|workday|COUPA|WORKDAY}")
	ConnectionView put(@PathVariable String system, @RequestBody ConnectionRequest request,
			Authentication authentication) {
		return connections.save(SystemType.valueOf(system.toUpperCase(Locale.ROOT)), request.toSettings(),
				Actors.of(authentication));
	}

}
