-- The application never runs as the owner of the tables. Flyway migrates as the owner; the pool
-- runs SET ROLE mlc_app (or, in production, logs in as a role that is a member of mlc_app).
-- mlc_app is NOLOGIN, owns nothing and may not bypass row-level security.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mlc_app') THEN
    CREATE ROLE mlc_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;

-- the migrating (owner) role must be able to SET ROLE mlc_app for the pool
DO $$
BEGIN
  EXECUTE format('GRANT mlc_app TO %I', current_user);
EXCEPTION WHEN others THEN
  -- already a member, or a superuser (who may SET ROLE to anything)
  NULL;
END
$$;

GRANT USAGE ON SCHEMA public TO mlc_app;

-- the tenant bound to the current transaction; NULL (not set) means no tenant and matches no row
CREATE FUNCTION mlc_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
