package com.mlconnector.sandbox.workday;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Workday sandbox tenant ({@code sandbox.workday.*}). The path prefix itself is read where the
 * mappings are declared ({@code sandbox.workday.path-prefix}, default {@code /sandbox/workday}).
 *
 * @param tenant tenant name, the path segment in every Workday URL
 * @param isuUser Integration System User name without the {@code @tenant} suffix (WS-Security user name)
 * @param isuPassword the ISU's password
 * @param clientId API client for integrations (OAuth2 client id)
 * @param clientSecret the API client's secret
 * @param refreshToken the non-expiring refresh token issued to the ISU for that client
 * @param accessTokenTtl lifetime of access tokens issued by the refresh-token grant
 * @param seed seed of the shared World the tenant is built from at start-up
 * @param seededInvoices number of supplier invoices that already exist in the tenant at start-up
 */
@ConfigurationProperties("sandbox.workday")
public record WorkdaySandboxProperties(@DefaultValue("mlc_demo") String tenant, @DefaultValue("ISU_MLC") String isuUser,
		@DefaultValue("Demo-ISU-Passw0rd!") String isuPassword, @DefaultValue("mlc-wd-client") String clientId,
		@DefaultValue("mlc-wd-secret") String clientSecret,
		@DefaultValue("mlc-demo-refresh-token") String refreshToken,
		@DefaultValue("3600s") Duration accessTokenTtl, @DefaultValue("42") long seed,
		@DefaultValue("6") int seededInvoices) {

	/** The WS-Security user name, {@code user@tenant}. */
	public String isuUsername() {
		return this.isuUser + "@" + this.tenant;
	}

}
