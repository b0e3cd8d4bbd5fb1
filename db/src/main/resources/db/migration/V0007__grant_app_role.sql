-- The application role reads and writes data; it owns nothing and runs no DDL.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO mlc_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO mlc_app;
REVOKE UPDATE, DELETE ON audit_events FROM mlc_app;
REVOKE ALL ON flyway_schema_history FROM mlc_app;
-- tables created by later migrations get the same grants (they must still enable and force RLS)
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO mlc_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO mlc_app;
