CREATE TABLE tenants (
  id          uuid PRIMARY KEY,
  name        varchar(200) NOT NULL,
  status      varchar(20)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
  created_at  timestamptz  NOT NULL DEFAULT now()
);
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
-- a tenant sees itself; the platform operator (bound explicitly per transaction) sees all tenants
CREATE POLICY tenant_self ON tenants
  USING (id = mlc_current_tenant() OR current_setting('app.platform', true) = 'on')
  WITH CHECK (id = mlc_current_tenant() OR current_setting('app.platform', true) = 'on');

-- Log-in identity is the e-mail address, unique across the platform (a person signs in without
-- naming a tenant). The row is visible to the log-in transaction only through app.login_email,
-- which the authentication code binds to the one address being authenticated.
CREATE TABLE users (
  tenant_id          uuid         NOT NULL REFERENCES tenants (id),
  id                 uuid         NOT NULL,
  email              varchar(320) NOT NULL,
  display_name       varchar(200) NOT NULL,
  password_hash      varchar(200) NOT NULL,
  role               varchar(30)  NOT NULL
    CHECK (role IN ('TENANT_ADMIN', 'TENANT_OPERATOR', 'TENANT_VIEWER', 'PLATFORM_ADMIN')),
  enabled            boolean      NOT NULL DEFAULT true,
  failed_logins      integer      NOT NULL DEFAULT 0,
  locked_until       timestamptz,
  last_login_at      timestamptz,
  created_at         timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (id)
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON users
  USING (tenant_id = mlc_current_tenant())
  WITH CHECK (tenant_id = mlc_current_tenant());
CREATE POLICY login_lookup ON users FOR SELECT
  USING (lower(email) = lower(current_setting('app.login_email', true)));

-- API tokens: only a SHA-256 of the (256-bit random) token is kept. The bearer filter finds the
-- row through app.token_hash, bound to the hash of the one token presented.
CREATE TABLE api_tokens (
  tenant_id     uuid         NOT NULL REFERENCES tenants (id),
  id            uuid         NOT NULL,
  name          varchar(100) NOT NULL,
  token_prefix  varchar(16)  NOT NULL,
  token_hash    char(64)     NOT NULL,
  scopes        varchar(300) NOT NULL,
  created_by    uuid,
  created_at    timestamptz  NOT NULL DEFAULT now(),
  last_used_at  timestamptz,
  expires_at    timestamptz,
  revoked_at    timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id)
);
CREATE UNIQUE INDEX api_tokens_hash_key ON api_tokens (token_hash);
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_tokens
  USING (tenant_id = mlc_current_tenant())
  WITH CHECK (tenant_id = mlc_current_tenant());
CREATE POLICY token_lookup ON api_tokens FOR SELECT
  USING (token_hash = current_setting('app.token_hash', true));
