package com.mlconnector.connection;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a tenant admin enters for one system. Blank secrets mean "keep the stored one"; secrets are
 * never read back, and {@link #toString()} never prints them.
 */
public record ConnectionSettings(String displayName, String baseUrl, String clientId, String scopes,
		String workdayTenant, String isuUsername, String wsdlVersion, String tokenUrl,
		Map<SecretField, String> secrets) {

	public ConnectionSettings {
		EnumMap<SecretField, String> copy = new EnumMap<>(SecretField.class);
		if (secrets != null) {
			copy.putAll(secrets);
		}
		secrets = copy;
	}

	@Override
	public String toString() {
		return "ConnectionSettings[displayName=" + displayName + ", baseUrl=" + baseUrl + ", clientId=" + clientId
				+ ", secrets=" + secrets.keySet() + "]";
	}

}
