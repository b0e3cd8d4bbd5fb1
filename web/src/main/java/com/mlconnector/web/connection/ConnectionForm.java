package com.mlconnector.web.connection;

import java.util.EnumMap;
import java.util.Map;

import com.mlconnector.connection.ConnectionSettings;
import com.mlconnector.connection.ConnectionView;
import com.mlconnector.connection.SecretField;

/** The connection form. Secret fields start empty and are never filled from storage. */
public class ConnectionForm {

	private String displayName;

	private String baseUrl;

	private String clientId;

	private String scopes;

	private String workdayTenant;

	private String isuUsername;

	private String wsdlVersion;

	private String tokenUrl;

	private String clientSecret;

	private String refreshToken;

	private String isuPassword;

	static ConnectionForm of(ConnectionView view) {
		ConnectionForm form = new ConnectionForm();
		form.displayName = view.displayName();
		form.baseUrl = view.baseUrl();
		form.clientId = view.clientId();
		form.scopes = view.scopes();
		form.workdayTenant = view.workdayTenant();
		form.isuUsername = view.isuUsername();
		form.wsdlVersion = view.wsdlVersion();
		form.tokenUrl = view.tokenUrl();
		return form;
	}

	ConnectionSettings toSettings() {
		Map<SecretField, String> secrets = new EnumMap<>(SecretField.class);
		secrets.put(SecretField.CLIENT_SECRET, clientSecret);
		if (refreshToken != null) {
			secrets.put(SecretField.REFRESH_TOKEN, refreshToken);
		}
		if (isuPassword != null) {
			secrets.put(SecretField.ISU_PASSWORD, isuPassword);
		}
		return new ConnectionSettings(displayName, baseUrl, clientId, scopes, workdayTenant, isuUsername, wsdlVersion,
				tokenUrl, secrets);
	}

	void forgetSecrets() {
		clientSecret = null;
		refreshToken = null;
		isuPassword = null;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getBaseUrl() {
		return baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String getClientId() {
		return clientId;
	}

	public void setClientId(String clientId) {
		this.clientId = clientId;
	}

	public String getScopes() {
		return scopes;
	}

	public void setScopes(String scopes) {
		this.scopes = scopes;
	}

	public String getWorkdayTenant() {
		return workdayTenant;
	}

	public void setWorkdayTenant(String workdayTenant) {
		this.workdayTenant = workdayTenant;
	}

	public String getIsuUsername() {
		return isuUsername;
	}

	public void setIsuUsername(String isuUsername) {
		this.isuUsername = isuUsername;
	}

	public String getWsdlVersion() {
		return wsdlVersion;
	}

	public void setWsdlVersion(String wsdlVersion) {
		this.wsdlVersion = wsdlVersion;
	}

	public String getTokenUrl() {
		return tokenUrl;
	}

	public void setTokenUrl(String tokenUrl) {
		this.tokenUrl = tokenUrl;
	}

	public String getClientSecret() {
		return clientSecret;
	}

	public void setClientSecret(String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public String getRefreshToken() {
		return refreshToken;
	}

	public void setRefreshToken(String refreshToken) {
		this.refreshToken = refreshToken;
	}

	public String getIsuPassword() {
		return isuPassword;
	}

	public void setIsuPassword(String isuPassword) {
		this.isuPassword = isuPassword;
	}

	@Override
	public String toString() {
		return "ConnectionForm[" + displayName + ", " + baseUrl + "]";
	}

}
