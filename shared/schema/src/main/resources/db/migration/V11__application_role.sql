-- Two database roles. The one that runs these migrations (the database owner) owns the schema.
-- The functions connect as keyhaven_app: it reads and writes the tables, but cannot change the
-- schema, cannot disable or drop a trigger (only an owner can), and on the audit log may only add
-- entries and fill their chain columns once (the sealer; the append-only trigger refuses the rest).
-- It cannot UPDATE other columns, DELETE or TRUNCATE there, so a function cannot rewrite the
-- chain. Its password is set outside the migrations (the migrate function, from its own secret, in
-- AWS; none locally with trust authentication, or the owner's password when there is one).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'keyhaven_app') THEN
    CREATE ROLE keyhaven_app LOGIN;
  END IF;
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO keyhaven_app', current_database());
END
$$;

-- Only the owner creates objects (PostgreSQL 15 already says so for new databases).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO keyhaven_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO keyhaven_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO keyhaven_app;

REVOKE UPDATE, DELETE, TRUNCATE ON audit_logs FROM keyhaven_app;
GRANT UPDATE (chain_index, prev_hash, hash, sealed_at) ON audit_logs TO keyhaven_app;
REVOKE ALL ON flyway_schema_history FROM keyhaven_app;

-- Tables and sequences of later migrations (run by the same owner) get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO keyhaven_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO keyhaven_app;
