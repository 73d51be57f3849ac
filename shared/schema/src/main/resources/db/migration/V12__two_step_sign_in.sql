-- Two-step sign-in (issue 19; docs/api.md, "Two-step sign-in"; docs/security.md).
--
-- A TOTP factor (RFC 6238): the secret sealed with the server's Tink envelope key, its associated
-- data binding it to the user (EnvelopeCipher: tenant = user id, record = 'totp'); the server
-- never answers it again after enrolment. last_used_step is the 30-second step of the last code
-- accepted: a code of that step or an earlier one is refused (a code works once).
CREATE TABLE mfa_totp (
    user_id          UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret_sealed    BYTEA       NOT NULL,
    -- Null until the first code confirms the enrolment; only a confirmed factor is "on".
    confirmed_at     TIMESTAMPTZ,
    last_used_step   BIGINT      NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Recovery codes: ten per set, shown once, each stored as an Argon2id hash with its own salt and
-- cost (as the accounts' verifiers). A new set deletes the old one.
CREATE TABLE mfa_recovery_codes (
    id                 UUID PRIMARY KEY,
    user_id            UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash          BYTEA       NOT NULL,
    salt               BYTEA       NOT NULL,
    argon2_memory_kib  INTEGER     NOT NULL,
    argon2_iterations  INTEGER     NOT NULL,
    argon2_parallelism INTEGER     NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    used_at            TIMESTAMPTZ
);
CREATE INDEX mfa_recovery_codes_user_idx ON mfa_recovery_codes (user_id);

-- The second step of a sign-in: the mfa_token answered by a correct password, stored as its
-- SHA-256 only, short-lived, single use (used_at), and dead after a few wrong codes.
CREATE TABLE mfa_challenges (
    token_hash  VARCHAR(64) PRIMARY KEY,
    user_id     UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    failures    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX mfa_challenges_user_idx ON mfa_challenges (user_id);

-- The list of sign-ins (Settings): when each one last refreshed its tokens.
ALTER TABLE refresh_token_families ADD COLUMN last_used_at TIMESTAMPTZ;
