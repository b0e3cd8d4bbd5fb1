package com.mlconnector.connectors.workday;

import java.net.URI;
import java.util.UUID;

import org.springframework.util.StringUtils;

/**
 * Everything needed to talk to one customer's Workday tenant, with secrets already decrypted by the caller
 * ({@code ConnectionManagement.credentials(id)}). {@link #toString()} never prints a secret.
 *
 * @param tenantId our tenant (circuit breakers are per tenant and system)
 * @param connectionId the stored connection (clients are cached per connection)
 * @param baseUrl e.g. {@code https://wd2-impl-services1.workday.com}, without {@code /ccx}
 * @param tenantName the Workday tenant name, a path segment of every Workday URL
 * @param isuUsername the Integration System User; {@code @tenantName} is appended unless it already has an {@code @}
 * @param isuPassword the ISU password (WS-Security PasswordText)
 * @param wsdlVersion web service version such as {@code v44.2}; used in the endpoint and the {@code wd:version}
 * attribute
 * @param clientId API client for integrations (REST)
 * @param clientSecret its secret
 * @param refreshToken the non-expiring refresh token generated for the ISU
 * @param tokenUrl token endpoint; blank means {@code {baseUrl}/ccx/oauth2/{tenantName}/token}
 */
public record WorkdayConnectionDetails(UUID tenantId, UUID connectionId, String baseUrl, String tenantName,
		String isuUsername, String isuPassword, String wsdlVersion, String clientId, String clientSecret,
		String refreshToken, String tokenUrl) {

	/** The WS-Security user name Workday expects: {@code user@tenant}. */
	public String soapUsername() {
		return isuUsername.contains("@") ? isuUsername : isuUsername + "@" + tenantName;
	}

	/** True when the token URL is derived from the tenant name, so a working grant proves the tenant exists. */
	public boolean tokenUrlDerivedFromTenant() {
		return !StringUtils.hasText(tokenUrl);
	}

	/** The OAuth 2.0 token endpoint. */
	public URI tokenUri() {
		return URI.create(StringUtils.hasText(tokenUrl) ? tokenUrl.trim()
				: trimmedBase() + "/ccx/oauth2/" + tenantName + "/token");
	}

	/** The SOAP endpoint of one service: {@code {baseUrl}/ccx/service/{tenant}/{Service}/{version}}. */
	URI serviceUri(WorkdayService service) {
		return URI.create(trimmedBase() + "/ccx/service/" + tenantName + "/" + service.pathName() + "/" + wsdlVersion);
	}

	/** The REST base: {@code {baseUrl}/ccx/api}; resources follow as {@code /{service}/v1/{tenant}/...}. */
	String restBase() {
		return trimmedBase() + "/ccx/api";
	}

	private String trimmedBase() {
		String base = baseUrl.trim();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	@Override
	public String toString() {
		return "WorkdayConnectionDetails[tenantId=" + tenantId + ", connectionId=" + connectionId + ", baseUrl="
				+ baseUrl + ", tenantName=" + tenantName + ", isuUsername=" + isuUsername + ", wsdlVersion="
				+ wsdlVersion + ", clientId=" + clientId + ", tokenUrl=" + tokenUrl + ", secrets=[redacted]]";
	}

}
