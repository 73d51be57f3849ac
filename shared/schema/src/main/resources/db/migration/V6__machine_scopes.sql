-- A machine identity may be narrowed to some environments and/or tags of its team's keys (say, a
-- deploy job that needs only production keys tagged "deploy"). NULL means no narrowing on that
-- axis. The key visibility rule (KeyVisibility) applies both, so a key outside the scope answers
-- 404 to the machine exactly like a key of another team.
ALTER TABLE machine_identities
    ADD COLUMN environments TEXT[],
    ADD COLUMN tags         TEXT[],
    ADD CONSTRAINT machine_identities_environments_ck
        CHECK (environments IS NULL OR (cardinality(environments) BETWEEN 1 AND 3
               AND environments <@ ARRAY['development', 'staging', 'production']::TEXT[])),
    ADD CONSTRAINT machine_identities_tags_ck
        CHECK (tags IS NULL OR cardinality(tags) BETWEEN 1 AND 20);
