-- Monitoring, version 3: usage rollups, ingest tokens, per-key detector state, anomaly
-- de-duplication, scan leases and reminder bookkeeping. The raw usage_events table of V1 stays the
-- short-lived record; rollups keep the long history.

-- Which version of the value an event was made with (optional, sent by the reporter).
ALTER TABLE usage_events ADD COLUMN key_version INTEGER;
-- Retention deletes by time across all keys.
CREATE INDEX usage_events_time_idx ON usage_events (timestamp);

-- Per-key ingest tokens: only their SHA-256 is stored; they may only report usage of their key.
CREATE TABLE ingest_tokens (
    id           UUID PRIMARY KEY,
    key_id       UUID         NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    created_by   UUID         NOT NULL REFERENCES users (id),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX ingest_tokens_key_idx ON ingest_tokens (key_id) WHERE revoked_at IS NULL;

-- Rollups, written in the same statement as the raw events.
CREATE TABLE usage_hourly (
    key_id   UUID        NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    hour     TIMESTAMPTZ NOT NULL,
    requests BIGINT      NOT NULL,
    errors   BIGINT      NOT NULL,
    PRIMARY KEY (key_id, hour)
);
CREATE INDEX usage_hourly_hour_idx ON usage_hourly (hour);

CREATE TABLE usage_daily (
    key_id   UUID   NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    day      DATE   NOT NULL,
    requests BIGINT NOT NULL,
    errors   BIGINT NOT NULL,
    PRIMARY KEY (key_id, day)
);

-- Networks (/24 for IPv4, /64 for IPv6) a key was used from, and the value versions reported.
CREATE TABLE usage_networks (
    key_id     UUID        NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    network    CIDR        NOT NULL,
    sample_ip  VARCHAR(45) NOT NULL,
    first_seen TIMESTAMPTZ NOT NULL,
    last_seen  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (key_id, network)
);

CREATE TABLE usage_versions (
    key_id     UUID        NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    version    INTEGER     NOT NULL,
    first_seen TIMESTAMPTZ NOT NULL,
    last_seen  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (key_id, version)
);

-- Detector state per key: the hour-of-week baseline (168 slots of EWMA mean and variance, weeks
-- observed and weeks with use), the error-rate EWMA, and how far the scan has got.
CREATE TABLE key_scan_state (
    key_id          UUID PRIMARY KEY REFERENCES api_keys (id) ON DELETE CASCADE,
    scanned_through TIMESTAMPTZ,
    next_scan_at    TIMESTAMPTZ        NOT NULL DEFAULT now(),
    mean            DOUBLE PRECISION[] NOT NULL,
    var             DOUBLE PRECISION[] NOT NULL,
    observed        SMALLINT[]         NOT NULL,
    used            SMALLINT[]         NOT NULL,
    err_requests    DOUBLE PRECISION   NOT NULL DEFAULT 0,
    err_errors      DOUBLE PRECISION   NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ        NOT NULL DEFAULT now()
);
CREATE INDEX key_scan_state_due_idx ON key_scan_state (next_scan_at);

-- One anomaly per finding: a rerun or an overlapping run cannot raise it twice.
ALTER TABLE anomalies ADD COLUMN fingerprint VARCHAR(200);
ALTER TABLE anomalies ADD COLUMN resolved_by UUID REFERENCES users (id);
CREATE UNIQUE INDEX anomalies_fingerprint_uq ON anomalies (key_id, kind, fingerprint);
CREATE INDEX anomalies_status_time_idx ON anomalies (status, detected_at DESC);

-- Reminders: which expiry warning was last sent, so an hourly job sends each once.
ALTER TABLE api_keys ADD COLUMN expiry_reminded_for TIMESTAMPTZ;
ALTER TABLE api_keys ADD COLUMN expiry_reminder_stage SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE api_keys ADD COLUMN health_computed_at TIMESTAMPTZ;
CREATE INDEX api_keys_expiry_idx ON api_keys (expires_at) WHERE expires_at IS NOT NULL AND deleted_at IS NULL;
