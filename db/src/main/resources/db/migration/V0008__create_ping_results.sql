-- "Ping your systems": each run and its ordered steps, kept per tenant.
CREATE TABLE ping_runs (
  tenant_id      uuid         NOT NULL REFERENCES tenants (id),
  id             uuid         NOT NULL,
  connection_id  uuid         NOT NULL,
  system         varchar(20)  NOT NULL,
  started_at     timestamptz  NOT NULL,
  succeeded      boolean      NOT NULL,
  started_by     varchar(320) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, connection_id) REFERENCES connections (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX ping_runs_latest ON ping_runs (tenant_id, connection_id, started_at DESC);
ALTER TABLE ping_runs ENABLE ROW LEVEL SECURITY;
ALTER TABLE ping_runs FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ping_runs
  USING (tenant_id = mlc_current_tenant())
  WITH CHECK (tenant_id = mlc_current_tenant());

CREATE TABLE ping_steps (
  tenant_id  uuid          NOT NULL,
  ping_id    uuid          NOT NULL,
  position   integer       NOT NULL,
  name       varchar(100)  NOT NULL,
  verdict    varchar(20)   NOT NULL CHECK (verdict IN ('PASS', 'FAIL', 'NOT_VERIFIABLE', 'SKIPPED')),
  detail     varchar(1000) NOT NULL,
  millis     bigint        NOT NULL,
  PRIMARY KEY (tenant_id, ping_id, position),
  FOREIGN KEY (tenant_id, ping_id) REFERENCES ping_runs (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE ping_steps ENABLE ROW LEVEL SECURITY;
ALTER TABLE ping_steps FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ping_steps
  USING (tenant_id = mlc_current_tenant())
  WITH CHECK (tenant_id = mlc_current_tenant());
