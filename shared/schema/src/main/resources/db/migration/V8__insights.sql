-- Insights (area insights, docs/adr/0003): findings of the rules over key metadata and of the CVE
-- feed, one row per user and finding. key_ids are the keys the finding concerns, as the user saw
-- them at the last refresh; every read intersects them again with the key-visibility rule, so a
-- key the user may no longer see never leaves the server. A refresh updates the open rows in place
-- (same fingerprint), adds new ones and deletes open ones whose condition is gone; resolved rows
-- stay resolved.
CREATE TABLE insights (
    id             UUID PRIMARY KEY,
    user_id        UUID          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type           VARCHAR(40)   NOT NULL,
    severity       VARCHAR(10)   NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    description    VARCHAR(2000) NOT NULL,
    recommendation VARCHAR(2000) NOT NULL,
    key_ids        UUID[]        NOT NULL DEFAULT '{}',
    cve_id         VARCHAR(100),
    fixed_versions TEXT[],
    fingerprint    VARCHAR(300)  NOT NULL,
    resolved       BOOLEAN       NOT NULL DEFAULT FALSE,
    resolved_at    TIMESTAMPTZ,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT insights_fingerprint_uq UNIQUE (user_id, fingerprint)
);
CREATE INDEX insights_user_idx ON insights (user_id, resolved, created_at DESC);

-- OSV answers per package (ecosystem:name), kept for keyhaven.insights.osv.cache-ttl so a refresh
-- does not ask OSV again for every user.
CREATE TABLE insight_cve_cache (
    package    VARCHAR(300) PRIMARY KEY,
    vulns      JSONB        NOT NULL,
    fetched_at TIMESTAMPTZ  NOT NULL
);
