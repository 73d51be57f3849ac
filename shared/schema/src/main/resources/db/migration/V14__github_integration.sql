-- GitHub integration (area integrations, docs/adr/0003) and value fingerprints
-- (docs/fingerprints.md).

-- The SHA-256 of a key's value, sent by the browser only for a high-entropy value of a known key
-- format; NULL otherwise. Compared with a leaked secret GitHub reports, never shown. A version
-- keeps the fingerprint of its value, so a leak of an earlier value is recognised too.
ALTER TABLE api_keys ADD COLUMN value_fingerprint VARCHAR(64)
    CHECK (value_fingerprint ~ '^[0-9a-f]{64}$');
ALTER TABLE api_key_versions ADD COLUMN value_fingerprint VARCHAR(64)
    CHECK (value_fingerprint ~ '^[0-9a-f]{64}$');
CREATE INDEX api_keys_fingerprint_idx ON api_keys (value_fingerprint)
    WHERE value_fingerprint IS NOT NULL;
CREATE INDEX api_key_versions_fingerprint_idx ON api_key_versions (value_fingerprint)
    WHERE value_fingerprint IS NOT NULL;

-- One GitHub connection per user: a fine-grained or App installation token, sealed with Tink
-- (associated data: user id and "github"), never returned.
CREATE TABLE github_connections (
    user_id          UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    login            VARCHAR(100) NOT NULL,
    token_ciphertext BYTEA        NOT NULL,
    connected_at     TIMESTAMPTZ  NOT NULL,
    last_used_at     TIMESTAMPTZ
);
CREATE INDEX github_connections_login_idx ON github_connections (lower(login));

-- Where a vault key was pushed: an Actions secret of a repository (or one of its environments).
-- The value itself never reaches the server (sealed in the browser to GitHub's key); the record
-- names the vault key version pushed, so a newer version shows the secret as stale.
CREATE TABLE github_secret_syncs (
    id           UUID PRIMARY KEY,
    user_id      UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key_id       UUID         REFERENCES api_keys (id) ON DELETE CASCADE,
    owner        VARCHAR(100) NOT NULL,
    repo         VARCHAR(100) NOT NULL,
    environment  VARCHAR(255) NOT NULL DEFAULT '',
    secret_name  VARCHAR(255) NOT NULL,
    key_version  INTEGER,
    pushed_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT github_secret_syncs_target_uq UNIQUE (user_id, owner, repo, environment, secret_name)
);
CREATE INDEX github_secret_syncs_key_idx ON github_secret_syncs (key_id);
CREATE INDEX github_secret_syncs_repo_idx ON github_secret_syncs (lower(owner), lower(repo));

-- Deploy keys registered on a repository; the private half is a vault key (key_id).
CREATE TABLE github_deploy_keys (
    id            UUID PRIMARY KEY,
    user_id       UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key_id        UUID         REFERENCES api_keys (id) ON DELETE SET NULL,
    owner         VARCHAR(100) NOT NULL,
    repo          VARCHAR(100) NOT NULL,
    github_key_id BIGINT       NOT NULL,
    title         VARCHAR(255) NOT NULL,
    read_only     BOOLEAN      NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX github_deploy_keys_user_idx ON github_deploy_keys (user_id, created_at DESC);
