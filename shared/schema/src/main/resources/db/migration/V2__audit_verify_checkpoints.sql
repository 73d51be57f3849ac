-- Where the last successful verification of each audit chain ended, so the next one continues
-- from there in bounded batches instead of walking the whole chain in one transaction.
CREATE TABLE audit_verify_checkpoints (
    tenant_id   UUID PRIMARY KEY,
    chain_index BIGINT      NOT NULL,
    hash        VARCHAR(64) NOT NULL,
    verified_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
