-- KeyHaven schema, version 1: the seed's data model plus what the zero-knowledge design adds.
-- Flyway owns the schema; Hibernate only validates against it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Accounts ------------------------------------------------------------------------------------
CREATE TABLE users (
    id                    UUID PRIMARY KEY,
    email                 VARCHAR(254) NOT NULL,
    github_id             VARCHAR(100),
    subscription_tier     VARCHAR(20)  NOT NULL DEFAULT 'free'
                              CHECK (subscription_tier IN ('free', 'pro', 'team')),
    subscription_status   VARCHAR(30)  NOT NULL DEFAULT 'active',
    stripe_customer_id    VARCHAR(100),
    preferences           JSONB        NOT NULL DEFAULT '{}',
    -- Argon2id verifier of the client's auth_hash, with its own parameters so they can be raised.
    auth_verifier         BYTEA        NOT NULL,
    auth_salt             BYTEA        NOT NULL,
    argon2_memory_kib     INTEGER      NOT NULL,
    argon2_iterations     INTEGER      NOT NULL,
    argon2_parallelism    INTEGER      NOT NULL,
    -- Client-side KDF parameters (the server refuses fewer than 600,000 iterations).
    kdf                   VARCHAR(32)  NOT NULL DEFAULT 'pbkdf2-sha256',
    kdf_iterations        INTEGER      NOT NULL CHECK (kdf_iterations >= 600000),
    kdf_salt              BYTEA        NOT NULL,
    -- Opaque wrapped keys and the public key: the server never reads them.
    protected_user_key    VARCHAR(4096) NOT NULL,
    public_key            BYTEA        NOT NULL,
    protected_private_key VARCHAR(4096) NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_uq ON users (lower(email));
CREATE UNIQUE INDEX users_stripe_customer_uq ON users (stripe_customer_id) WHERE stripe_customer_id IS NOT NULL;

-- A family groups the refresh tokens of one sign-in; reuse of a spent token revokes the family.
CREATE TABLE refresh_token_families (
    id             UUID PRIMARY KEY,
    user_id        UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at     TIMESTAMPTZ NOT NULL,
    revoked_at     TIMESTAMPTZ,
    revoked_reason VARCHAR(40),
    user_agent     VARCHAR(512),
    ip_address     VARCHAR(45)
);
CREATE INDEX refresh_token_families_user_idx ON refresh_token_families (user_id) WHERE revoked_at IS NULL;

CREATE TABLE refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY, -- hex SHA-256 of the token; the token itself is never stored
    family_id  UUID        NOT NULL REFERENCES refresh_token_families (id) ON DELETE CASCADE,
    issued_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    used_at    TIMESTAMPTZ
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);

-- Teams ---------------------------------------------------------------------------------------
CREATE TABLE teams (
    id                    UUID PRIMARY KEY,
    name                  VARCHAR(100)  NOT NULL,
    owner_id              UUID          NOT NULL REFERENCES users (id),
    public_key            BYTEA         NOT NULL,
    protected_private_key VARCHAR(4096) NOT NULL,
    key_generation        INTEGER       NOT NULL DEFAULT 1,
    rotation_recommended  BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE TABLE team_members (
    team_id          UUID          NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id          UUID          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role             VARCHAR(20)   NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    permissions      TEXT[]        NOT NULL DEFAULT '{}',
    -- The team key wrapped with HPKE to this member's public key.
    wrapped_team_key VARCHAR(4096) NOT NULL,
    joined_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user_idx ON team_members (user_id);

-- Keys ----------------------------------------------------------------------------------------
CREATE TABLE api_keys (
    id                UUID PRIMARY KEY,
    user_id           UUID          NOT NULL REFERENCES users (id),
    team_id           UUID REFERENCES teams (id),
    service           VARCHAR(100)  NOT NULL,
    name              VARCHAR(255)  NOT NULL,
    encrypted_value   VARCHAR(24000) NOT NULL,
    iv                VARCHAR(32)   NOT NULL,
    description       VARCHAR(1000),
    environment       VARCHAR(20)   NOT NULL
                          CHECK (environment IN ('development', 'staging', 'production')),
    tags              TEXT[]        NOT NULL DEFAULT '{}',
    permissions       TEXT[]        NOT NULL DEFAULT '{}',
    expires_at        TIMESTAMPTZ,
    version           INTEGER       NOT NULL DEFAULT 1,
    health_score      INTEGER       NOT NULL DEFAULT 100 CHECK (health_score BETWEEN 0 AND 100),
    last_rotated      TIMESTAMPTZ,
    rotation_schedule JSONB,
    exposed           BOOLEAN       NOT NULL DEFAULT FALSE,
    deleted_at        TIMESTAMPTZ,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now()
);
-- Personal vault pages: owner, live or trash, stable order by creation then id.
CREATE INDEX api_keys_personal_idx ON api_keys (user_id, created_at DESC, id)
    WHERE team_id IS NULL AND deleted_at IS NULL;
CREATE INDEX api_keys_team_idx ON api_keys (team_id, created_at DESC, id)
    WHERE team_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX api_keys_trash_idx ON api_keys (user_id, deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX api_keys_owner_service_idx ON api_keys (user_id, lower(service));
CREATE INDEX api_keys_tags_idx ON api_keys USING GIN (tags);
-- A big personal vault filtered by tag or searched: owner and tags (or text) in one GIN index,
-- so a page of 50 out of 100,000 keys reads only the matching rows.
CREATE INDEX api_keys_owner_tags_idx ON api_keys USING GIN (user_id, tags)
    WHERE team_id IS NULL AND deleted_at IS NULL;
CREATE INDEX api_keys_owner_env_idx ON api_keys (user_id, environment, created_at DESC, id)
    WHERE team_id IS NULL AND deleted_at IS NULL;
CREATE INDEX api_keys_owner_search_idx ON api_keys
    USING GIN (user_id, (lower(name || ' ' || service || ' ' || coalesce(description, ''))) gin_trgm_ops)
    WHERE team_id IS NULL AND deleted_at IS NULL;
CREATE INDEX api_keys_search_idx ON api_keys
    USING GIN ((lower(name || ' ' || service || ' ' || coalesce(description, ''))) gin_trgm_ops);

-- Every value change keeps the previous ciphertext.
CREATE TABLE api_key_versions (
    key_id          UUID           NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    version         INTEGER        NOT NULL,
    encrypted_value VARCHAR(24000) NOT NULL,
    iv              VARCHAR(32)    NOT NULL,
    created_by      UUID           NOT NULL REFERENCES users (id),
    created_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (key_id, version)
);

CREATE TABLE rotation_policies (
    key_id            UUID PRIMARY KEY REFERENCES api_keys (id) ON DELETE CASCADE,
    interval_days     INTEGER     NOT NULL CHECK (interval_days BETWEEN 1 AND 3650),
    mode              VARCHAR(10) NOT NULL CHECK (mode IN ('remind', 'auto')),
    provider          VARCHAR(40),
    -- Provider admin credential for automated rotation, Tink envelope-encrypted (opt-in).
    credential_sealed BYTEA,
    next_due_at       TIMESTAMPTZ NOT NULL,
    last_reminded_at  TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX rotation_policies_due_idx ON rotation_policies (next_due_at);

-- Integrations --------------------------------------------------------------------------------
CREATE TABLE provider_connections (
    id           UUID PRIMARY KEY,
    user_id      UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider     VARCHAR(40)  NOT NULL,
    login        VARCHAR(100),
    -- Token Tink envelope-encrypted with associated data = tenant id + record id.
    token_sealed BYTEA        NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (user_id, provider)
);

CREATE TABLE processed_webhook_events (
    provider     VARCHAR(40)  NOT NULL,
    event_id     VARCHAR(255) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, event_id)
);

-- Monitoring ----------------------------------------------------------------------------------
CREATE TABLE usage_events (
    id            BIGSERIAL PRIMARY KEY,
    key_id        UUID        NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    timestamp     TIMESTAMPTZ NOT NULL DEFAULT now(),
    endpoint      VARCHAR(255),
    response_code INTEGER,
    request_count INTEGER     NOT NULL DEFAULT 1,
    error_count   INTEGER     NOT NULL DEFAULT 0,
    source_ip     VARCHAR(45)
);
CREATE INDEX usage_events_key_time_idx ON usage_events (key_id, timestamp);

CREATE TABLE anomalies (
    id          UUID PRIMARY KEY,
    key_id      UUID         NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    kind        VARCHAR(40)  NOT NULL,
    severity    VARCHAR(10)  NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    description VARCHAR(1000) NOT NULL,
    detected_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    status      VARCHAR(10)  NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolved_at TIMESTAMPTZ
);
CREATE INDEX anomalies_key_idx ON anomalies (key_id, status);

CREATE TABLE security_insights (
    id             UUID PRIMARY KEY,
    user_id        UUID          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key_id         UUID REFERENCES api_keys (id) ON DELETE CASCADE,
    type           VARCHAR(20)   NOT NULL CHECK (type IN ('vulnerability', 'anomaly', 'recommendation')),
    severity       VARCHAR(10)   NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    description    VARCHAR(2000) NOT NULL,
    recommendation VARCHAR(2000),
    cve_id         VARCHAR(50),
    resolved       BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX security_insights_user_idx ON security_insights (user_id, resolved);

-- Notifications -------------------------------------------------------------------------------
CREATE TABLE notifications (
    id         UUID PRIMARY KEY,
    user_id    UUID          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       VARCHAR(40)   NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    read_at    TIMESTAMPTZ
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);

-- Audit ---------------------------------------------------------------------------------------
-- Append-only and hash-chained per tenant (a user, or a team for team events). An entry is
-- written durably with its insert sequence; the sealer later gives it its place in the chain
-- (chain_index) and its hashes, one tenant at a time, so appends never wait on the chain head.
CREATE TABLE audit_logs (
    id          UUID PRIMARY KEY,
    seq         BIGSERIAL     NOT NULL UNIQUE,
    tenant_id   UUID          NOT NULL,
    user_id     UUID,
    action      VARCHAR(100)  NOT NULL,
    resource    VARCHAR(100)  NOT NULL,
    resource_id VARCHAR(255),
    metadata    JSONB         NOT NULL DEFAULT '{}',
    ip_address  VARCHAR(45),
    user_agent  VARCHAR(512),
    timestamp   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    chain_index BIGINT,
    prev_hash   VARCHAR(64),
    hash        VARCHAR(64),
    sealed_at   TIMESTAMPTZ,
    CONSTRAINT audit_logs_chain_uq UNIQUE (tenant_id, chain_index),
    CONSTRAINT audit_logs_sealed_ck CHECK (
        (chain_index IS NULL AND hash IS NULL AND prev_hash IS NULL AND sealed_at IS NULL)
        OR (chain_index IS NOT NULL AND hash IS NOT NULL AND prev_hash IS NOT NULL AND sealed_at IS NOT NULL))
);
CREATE INDEX audit_logs_unsealed_idx ON audit_logs (tenant_id, seq) WHERE chain_index IS NULL;
CREATE INDEX audit_logs_tenant_time_idx ON audit_logs (tenant_id, timestamp DESC);
CREATE INDEX audit_logs_resource_idx ON audit_logs (tenant_id, resource_id);

-- Append-only: no delete, and an update may only seal an unsealed entry, never change its content.
CREATE FUNCTION audit_logs_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit_logs is append-only';
    END IF;
    IF OLD.chain_index IS NOT NULL
        OR NEW.id IS DISTINCT FROM OLD.id OR NEW.seq IS DISTINCT FROM OLD.seq
        OR NEW.tenant_id IS DISTINCT FROM OLD.tenant_id OR NEW.user_id IS DISTINCT FROM OLD.user_id
        OR NEW.action IS DISTINCT FROM OLD.action OR NEW.resource IS DISTINCT FROM OLD.resource
        OR NEW.resource_id IS DISTINCT FROM OLD.resource_id OR NEW.metadata IS DISTINCT FROM OLD.metadata
        OR NEW.ip_address IS DISTINCT FROM OLD.ip_address OR NEW.user_agent IS DISTINCT FROM OLD.user_agent
        OR NEW.timestamp IS DISTINCT FROM OLD.timestamp THEN
        RAISE EXCEPTION 'audit_logs entries are immutable once written';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_logs_append_only
    BEFORE UPDATE OR DELETE ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION audit_logs_append_only();

-- The sealed head of each chain, so that cutting entries off the end is detected too.
CREATE TABLE audit_chain_heads (
    tenant_id   UUID PRIMARY KEY,
    chain_index BIGINT      NOT NULL,
    hash        VARCHAR(64) NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
