package com.mlconnector.connection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/** A tenant's connection to one system (non-secret settings; secrets are kept by the vault). */
@Entity
@Table(name = "connections")
class Connection {

	@TenantId
	@Column(name = "tenant_id", nullable = false, updatable = false)
	private UUID tenantId;

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private SystemType system;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "base_url", nullable = false)
	private String baseUrl;

	@Column(name = "client_id")
	private String clientId;

	private String scopes;

	@Column(name = "workday_tenant")
	private String workdayTenant;

	@Column(name = "isu_username")
	private String isuUsername;

	@Column(name = "wsdl_version")
	private String wsdlVersion;

	@Column(name = "token_url")
	private String tokenUrl;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Connection() {
	}

	Connection(UUID id, SystemType system) {
		this.id = id;
		this.system = system;
	}

	void apply(ConnectionSettings settings, Instant now) {
		this.displayName = settings.displayName();
		this.baseUrl = settings.baseUrl();
		this.clientId = settings.clientId();
		this.scopes = settings.scopes();
		this.workdayTenant = settings.workdayTenant();
		this.isuUsername = settings.isuUsername();
		this.wsdlVersion = settings.wsdlVersion();
		this.tokenUrl = settings.tokenUrl();
		this.updatedAt = now;
	}

	UUID getId() {
		return id;
	}

	UUID getTenantId() {
		return tenantId;
	}

	SystemType getSystem() {
		return system;
	}

	ConnectionView view(java.util.Map<SecretField, Instant> secrets) {
		return new ConnectionView(id, system, displayName, baseUrl, clientId, scopes, workdayTenant, isuUsername,
				wsdlVersion, tokenUrl, secrets, updatedAt);
	}

}
