-- How far each tenant's audit chain has been exported outside the database (S3 with Object Lock
-- in AWS, a directory locally). Only a bookmark for the exporter: verification compares the chain
-- with the exported heads themselves, never with this table.
CREATE TABLE audit_anchors (
    tenant_id   UUID PRIMARY KEY,
    chain_index BIGINT      NOT NULL CHECK (chain_index >= 1),
    hash        VARCHAR(64) NOT NULL,
    exported_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
