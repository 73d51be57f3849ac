-- Managed rotation (functions/rotation). A connection holds a provider admin credential, sealed
-- with Tink envelope encryption (associated data: owner + connection id) and never returned.
CREATE TABLE rotation_connections (
    id                UUID PRIMARY KEY,
    user_id           UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    team_id           UUID         REFERENCES teams (id) ON DELETE CASCADE,
    provider          VARCHAR(20)  NOT NULL
        CHECK (provider IN ('postgresql', 'aws-iam', 'openai', 'sendgrid', 'twilio', 'webhook')),
    name              VARCHAR(100) NOT NULL,
    credential_sealed BYTEA        NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at      TIMESTAMPTZ
);
CREATE INDEX rotation_connections_user_idx ON rotation_connections (user_id, created_at);
CREATE INDEX rotation_connections_team_idx ON rotation_connections (team_id) WHERE team_id IS NOT NULL;

-- One managed rotation per key: its settings and where its state machine stands. The provider's
-- names of the credentials in play (a role, a key id) are references, never values. A new value
-- made at the provider is kept only sealed (HPKE to the vault's public key) while it is pending.
CREATE TABLE managed_rotations (
    key_id         UUID PRIMARY KEY REFERENCES api_keys (id) ON DELETE CASCADE,
    connection_id  UUID         NOT NULL REFERENCES rotation_connections (id) ON DELETE CASCADE,
    target         JSONB        NOT NULL,
    interval_days  INTEGER      CHECK (interval_days BETWEEN 1 AND 3650),
    grace_hours    INTEGER      NOT NULL CHECK (grace_hours BETWEEN 0 AND 720),
    state          VARCHAR(12)  NOT NULL DEFAULT 'idle'
        CHECK (state IN ('idle', 'creating', 'testing', 'finishing', 'grace', 'revoking', 'failed')),
    run_id         UUID,
    next_due_at    TIMESTAMPTZ,
    grace_until    TIMESTAMPTZ,
    retry_at       TIMESTAMPTZ,
    attempts       INTEGER      NOT NULL DEFAULT 0,
    current_ref    VARCHAR(200),
    previous_ref   VARCHAR(200),
    pending_ref    VARCHAR(200),
    pending_sealed VARCHAR(4096),
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX managed_rotations_due_idx ON managed_rotations (next_due_at) WHERE state = 'idle';
CREATE INDEX managed_rotations_grace_idx ON managed_rotations (grace_until) WHERE state = 'grace';
CREATE INDEX managed_rotations_retry_idx ON managed_rotations (retry_at) WHERE state = 'failed';
CREATE INDEX managed_rotations_connection_idx ON managed_rotations (connection_id);

-- Each run of the state machine, for the key's history.
CREATE TABLE rotation_runs (
    id               UUID PRIMARY KEY,
    key_id           UUID        NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    state            VARCHAR(12) NOT NULL
        CHECK (state IN ('creating', 'testing', 'finishing', 'grace', 'revoking', 'done',
                         'rolled_back', 'failed')),
    trigger          VARCHAR(10) NOT NULL CHECK (trigger IN ('manual', 'schedule', 'retry')),
    started_at       TIMESTAMPTZ NOT NULL,
    finished_at      TIMESTAMPTZ,
    error            VARCHAR(500),
    previous_version INTEGER,
    new_version      INTEGER
);
CREATE INDEX rotation_runs_key_idx ON rotation_runs (key_id, started_at DESC);

-- The current value of a key after a managed rotation, sealed by the server until a client of the
-- vault opens it and stores its own encryption in its place (PUT /api/keys/{id}/versions/{n}).
ALTER TABLE api_keys ADD COLUMN sealed_value VARCHAR(4096);
