-- Passkeys and security keys (WebAuthn) as a second factor of two-step sign-in (docs/api.md,
-- "Two-step sign-in"; docs/security.md).
--
-- One row per registered credential: its id as the authenticator gave it, its public key as a COSE
-- key (CBOR), and the signature counter of the last assertion accepted (an assertion whose counter
-- does not go up, when either side is non-zero, is refused as a possible clone). Any row is a
-- second factor that is on.
CREATE TABLE webauthn_credentials (
    id              UUID PRIMARY KEY,
    user_id         UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id   BYTEA        NOT NULL UNIQUE,
    public_key_cose BYTEA        NOT NULL,
    sign_count      BIGINT       NOT NULL DEFAULT 0,
    name            VARCHAR(64)  NOT NULL,
    -- The transports the browser reported (usb, nfc, ble, internal, hybrid), comma-separated.
    transports      VARCHAR(128),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at    TIMESTAMPTZ
);
CREATE INDEX webauthn_credentials_user_idx ON webauthn_credentials (user_id);

-- The challenges of the ceremonies: stored as the SHA-256 of the random challenge, short-lived and
-- single use (used_at). A sign-in challenge belongs to one mfa_token (by its hash).
CREATE TABLE webauthn_challenges (
    challenge_hash  VARCHAR(64) PRIMARY KEY,
    user_id         UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose         VARCHAR(16) NOT NULL CHECK (purpose IN ('register', 'login')),
    mfa_token_hash  VARCHAR(64),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at      TIMESTAMPTZ NOT NULL,
    used_at         TIMESTAMPTZ
);
CREATE INDEX webauthn_challenges_user_idx ON webauthn_challenges (user_id);
