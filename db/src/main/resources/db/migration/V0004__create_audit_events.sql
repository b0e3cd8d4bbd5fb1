-- Append-only audit trail: the application role may insert and read, never change or delete;
-- a trigger refuses changes from every role, the owner included.
CREATE TABLE audit_events (
  tenant_id    uuid          NOT NULL REFERENCES tenants (id),
  id           bigint        GENERATED ALWAYS AS IDENTITY,
  occurred_at  timestamptz   NOT NULL DEFAULT now(),
  actor        varchar(320)  NOT NULL,
  action       varchar(80)   NOT NULL,
  target_type  varchar(40),
  target_id    varchar(100),
  outcome      varchar(20)   NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE')),
  detail       text,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_events_recent ON audit_events (tenant_id, occurred_at DESC);
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_events
  USING (tenant_id = mlc_current_tenant())
  WITH CHECK (tenant_id = mlc_current_tenant());

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END
$$;
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
