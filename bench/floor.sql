-- The database work of one key read, alone: the indexed SELECT of one key row and the INSERT of
-- its audit entry, in one transaction.
\set n random(1, 100000)
BEGIN;
SELECT * FROM api_keys WHERE id = md5('bench' || :n)::uuid;
INSERT INTO audit_logs (id, tenant_id, user_id, action, resource, resource_id, metadata, ip_address, user_agent, timestamp)
  VALUES (gen_random_uuid(), :tenant, :tenant, 'key.read', 'api_key', :n, '{}', '127.0.0.1', 'pgbench', now());
END;
