package com.mlconnector.connection;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.util.StringUtils;

/** Checks connection settings before anything is stored; each message names the field to fix. */
final class ConnectionSettingsValidator {

	private ConnectionSettingsValidator() {
	}

	static void validate(SystemType system, ConnectionSettings settings) {
		require(settings.displayName(), "Display name", 200);
		requireUrl(settings.baseUrl(), "Base URL");
		require(settings.clientId(), (system == SystemType.COUPA) ? "OAuth client id" : "API client id", 200);
		if (system == SystemType.COUPA) {
			require(settings.scopes(), "Scopes", 1000);
		}
		else {
			require(settings.workdayTenant(), "Workday tenant name", 100);
			if (!settings.workdayTenant().trim().matches("[A-Za-z0-9_\\-]+")) {
				throw new ConnectionException("Workday tenant name may contain only letters, digits, '_' and '-'");
			}
			require(settings.isuUsername(), "Integration System User", 200);
			require(settings.wsdlVersion(), "Web service version", 10);
			if (!settings.wsdlVersion().trim().matches("v\\d{2}\\.\\d")) {
				throw new ConnectionException("Web service version must look like v45.2");
			}
			if (StringUtils.hasText(settings.tokenUrl())) {
				requireUrl(settings.tokenUrl(), "Token URL");
			}
		}
		settings.secrets().forEach((field, value) -> {
			if (value != null && value.length() > 4000) {
				throw new ConnectionException(field + " is too long");
			}
		});
	}

	private static void require(String value, String label, int max) {
		if (!StringUtils.hasText(value)) {
			throw new ConnectionException(label + " is required");
		}
		if (value.trim().length() > max) {
			throw new ConnectionException(label + " must be at most " + max + " characters");
		}
	}

	private static void requireUrl(String value, String label) {
		require(value, label, 500);
		try {
			URI uri = new URI(value.trim());
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new ConnectionException(label + " must be an http(s) URL with a host, e.g. https://acme.coupahost.com");
			}
			if (uri.getUserInfo() != null) {
				throw new ConnectionException(label + " must not contain a user name or password");
			}
		}
		catch (URISyntaxException ex) {
			throw new ConnectionException(label + " is not a valid URL");
		}
	}

}
