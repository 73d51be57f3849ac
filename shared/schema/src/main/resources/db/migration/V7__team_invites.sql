-- Team invites with member confirmation (docs/security.md, finding 2 of the security review).
--
-- An admin's invite is a row of team_invitations (by e-mail, so an address that has no account
-- yet can be invited and sees the invite after signing up with it). The invitee accepting it makes
-- a team_members row in status 'accepted' WITHOUT a wrapped team key. Only after an admin has
-- compared the member's fingerprint phrase (derived from its public key) out of band does the
-- admin's browser wrap the team key to that public key: the member is then 'confirmed'. The one
-- key visibility rule (KeyVisibility) counts confirmed members only.

CREATE TABLE team_invitations (
    id          UUID PRIMARY KEY,
    team_id     UUID         NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    -- Lower-case, as the accounts' unique index compares it.
    email       VARCHAR(254) NOT NULL CHECK (email = lower(email)),
    role        VARCHAR(20)  NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    invited_by  UUID         REFERENCES users (id) ON DELETE SET NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX team_invitations_team_email_uq ON team_invitations (team_id, email);
CREATE INDEX team_invitations_email_idx ON team_invitations (email);

-- Existing members hold a wrapped key already: they stay confirmed.
ALTER TABLE team_members
    ADD COLUMN status       VARCHAR(20) NOT NULL DEFAULT 'confirmed'
                            CHECK (status IN ('accepted', 'confirmed')),
    ADD COLUMN confirmed_at TIMESTAMPTZ,
    ALTER COLUMN wrapped_team_key DROP NOT NULL,
    ADD CONSTRAINT team_members_key_iff_confirmed_ck
        CHECK ((status = 'confirmed') = (wrapped_team_key IS NOT NULL));
UPDATE team_members SET confirmed_at = joined_at WHERE confirmed_at IS NULL;

-- E-mail verification: a one-time token sent by mail, stored as its SHA-256 only, expiring.
-- Where no mail sender is configured verification is off and the column stays as it is.
ALTER TABLE users
    ADD COLUMN email_verified_at  TIMESTAMPTZ,
    -- The public keys this user has confirmed (pinned), as one opaque blob encrypted in the
    -- browser under the user's own user key (docs/crypto.md, "Pinned keys"); the server never
    -- reads it. pinned_keys_version guards concurrent writes.
    ADD COLUMN pinned_keys         VARCHAR(65536),
    ADD COLUMN pinned_keys_version INTEGER NOT NULL DEFAULT 0;

CREATE TABLE email_verifications (
    token_hash  BYTEA PRIMARY KEY,
    user_id     UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email       VARCHAR(254) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ  NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX email_verifications_user_idx ON email_verifications (user_id);
