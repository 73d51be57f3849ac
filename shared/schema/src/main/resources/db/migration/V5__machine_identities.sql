-- Machine identities (CI): a machine is an account of its own that belongs to one team as a
-- viewer, so every visibility rule of keys and teams applies to it unchanged. Its X25519 public
-- key sits in users.public_key (the team key is wrapped to it like to any member); its private key
-- travels only inside the token given to the pipeline. The server keeps a SHA-256 of the token's
-- secret part, never the token.
CREATE TABLE machine_identities (
    id           UUID         PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    team_id      UUID         NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    created_by   UUID         REFERENCES users (id) ON DELETE SET NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX machine_identities_team_idx ON machine_identities (team_id, created_at);
