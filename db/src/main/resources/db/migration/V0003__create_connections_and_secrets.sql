-- One connection per tenant and system. Secrets are not columns here: they live in
-- connection_secrets, encrypted by the vault, so that key rotation touches one table.
CREATE TABLE connections (
  tenant_id        uuid          NOT NULL REFERENCES tenants (id),
  id               uuid          NOT NULL,
  system           varchar(20)   NOT NULL CHECK (system IN ('COUPA', 'WORKDAY')),
  display_name     varchar(200)  NOT NULL,
  base_url         varchar(500)  NOT NULL,
  -- Coupa: OAuth2 client id and scopes; Workday: REST API client id
  client_id        varchar(200),
  scopes           varchar(1000),
  -- Workday only
  workday_tenant   varchar(100),
  isu_username     varchar(200),
  wsdl_version     varchar(10),
  token_url        varchar(500),
  created_at       timestamptz   NOT NULL DEFAULT now(),
  updated_at       timestamptz   NOT NULL DEFAULT now(),
  version          bigint        NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (id),
  UNIQUE (tenant_id, system)
);
ALTER TABLE connections ENABLE ROW LEVEL SECURITY;
ALTER TABLE connections FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON connections
  USING (tenant_id = mlc_current_tenant())
  WITH CHECK (tenant_id = mlc_current_tenant());

CREATE TABLE connection_secrets (
  tenant_id      uuid         NOT NULL,
  connection_id  uuid         NOT NULL,
  field          varchar(40)  NOT NULL
    CHECK (field IN ('CLIENT_SECRET', 'REFRESH_TOKEN', 'ISU_PASSWORD', 'WEBHOOK_SECRET', 'CALLOUT_SECRET')),
  ciphertext     text         NOT NULL,
  key_id         varchar(40)  NOT NULL,
  changed_at     timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, connection_id, field),
  FOREIGN KEY (tenant_id, connection_id) REFERENCES connections (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE connection_secrets ENABLE ROW LEVEL SECURITY;
ALTER TABLE connection_secrets FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON connection_secrets
  USING (tenant_id = mlc_current_tenant())
  WITH CHECK (tenant_id = mlc_current_tenant());
