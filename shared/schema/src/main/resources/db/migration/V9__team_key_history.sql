-- Team-key history: at each team-key rotation the admin's browser wraps the outgoing team key
-- under the incoming one (AES-256-GCM, `v1.<iv>.<ct>`, associated data naming the team and the
-- generation). A member who holds today's team key can so walk back to any earlier one and open
-- keys in the team's trash and earlier versions, which stay encrypted under the key of their
-- time. The server cannot open any of it.
CREATE TABLE team_key_history (
    team_id       UUID          NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    generation    INTEGER       NOT NULL CHECK (generation >= 1),
    protected_key VARCHAR(4096) NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, generation)
);
