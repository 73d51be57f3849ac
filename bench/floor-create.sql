-- The floor of a key create: the statements the server sends for one (KeyService.create through
-- Hibernate Reactive: the id looked up, the key, its first version and its key.create audit entry
-- inserted, one transaction), sent by pgbench alone. Keep it in step with KeyService.create.
\set r random(1, 2000000000)
BEGIN;
SELECT * FROM api_keys WHERE id = md5(:r || '-' || :client_id)::uuid;
INSERT INTO api_keys (created_at, deleted_at, description, encrypted_value, environment, expires_at, exposed, health_score, iv, last_rotated, name, permissions, rotation_schedule, sealed_value, service, tags, team_id, updated_at, user_id, value_fingerprint, version, id)
  VALUES (now(), NULL, NULL, 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJCrze8SNFZ4kKvN7xI0VniQ', 'staging', NULL, false, 100, 'AAECAwQFBgcICQoL', NULL, 'floor key', '{}', NULL, NULL, 'Stripe', '{bench}', NULL, now(), :creator, NULL, 1, md5(:r || '-' || :client_id)::uuid);
INSERT INTO api_key_versions (created_at, created_by, encrypted_value, iv, value_fingerprint, key_id, version)
  VALUES (now(), :creator, 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJCrze8SNFZ4kKvN7xI0VniQ', 'AAECAwQFBgcICQoL', NULL, md5(:r || '-' || :client_id)::uuid, 1);
INSERT INTO audit_logs (action, ip_address, metadata, resource, resource_id, tenant_id, timestamp, user_agent, user_id, id)
  VALUES ('key.create', '127.0.0.1', '{}', 'api_key', md5(:r || '-' || :client_id), :creator, now(), 'pgbench', :creator, gen_random_uuid());
COMMIT;
