-- A team may require two-step sign-in of its members (docs/api.md, "Teams"; docs/security.md). A
-- member without a second factor keeps the membership but sees none of the team's keys and gets
-- 403 TEAM_REQUIRES_TWO_STEP from the team's endpoints until a factor is on; machine identities
-- (which sign in with a token) are not persons and are not affected.
ALTER TABLE teams ADD COLUMN require_two_step BOOLEAN NOT NULL DEFAULT FALSE;

-- "Remember this device" (docs/api.md, "Two-step sign-in"): after a second step with
-- remember_device, the browser gets a random 256-bit device token; the server keeps only its
-- SHA-256. A login that presents it (with the right password) skips the second step for 30 days,
-- until the device is forgotten in Settings, the second factor is turned off, or the password
-- changes.
CREATE TABLE remembered_devices (
    id           UUID PRIMARY KEY,
    user_id      UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    user_agent   VARCHAR(512),
    ip_address   VARCHAR(45),
    created_at   TIMESTAMPTZ  NOT NULL,
    last_used_at TIMESTAMPTZ,
    expires_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX remembered_devices_user_idx ON remembered_devices (user_id, created_at DESC);
