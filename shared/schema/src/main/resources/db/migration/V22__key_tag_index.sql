-- The tag filter of the key list, read from an index of exactly the matching keys.
--
-- A list filtered by tag used to find its keys through the GIN index on (user_id, tags) and then
-- visit every candidate row of api_keys (one heap block each) to check the environment, order the
-- page and count the total: about 30 ms for one tag of a 100,000-key vault. Here every (key, tag)
-- pair is one narrow row, ordered in a b-tree the way the list pages it, so a page and its exact
-- total read only the matching entries (about 1 ms for the same query).
--
-- The table carries the columns the one visibility rule (KeyVisibility) reads (user_id, team_id,
-- environment, tags) so the rule applies to it unchanged. Only the trigger below writes it; the
-- application role may read it, nothing more.
CREATE TABLE api_key_tags (
    key_id      UUID          NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    tag         TEXT          NOT NULL,
    user_id     UUID          NOT NULL,
    team_id     UUID,
    environment VARCHAR(20)   NOT NULL,
    tags        TEXT[]        NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    deleted_at  TIMESTAMPTZ,
    PRIMARY KEY (key_id, tag)
);

CREATE INDEX api_key_tags_personal_idx
    ON api_key_tags (user_id, tag, environment, created_at DESC, key_id)
    WHERE team_id IS NULL AND deleted_at IS NULL;
CREATE INDEX api_key_tags_team_idx
    ON api_key_tags (team_id, tag, environment, created_at DESC, key_id)
    WHERE team_id IS NOT NULL AND deleted_at IS NULL;

CREATE FUNCTION api_key_tags_sync() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF TG_OP = 'UPDATE'
        AND NEW.tags = OLD.tags
        AND NEW.user_id = OLD.user_id
        AND NEW.team_id IS NOT DISTINCT FROM OLD.team_id
        AND NEW.environment = OLD.environment
        AND NEW.created_at = OLD.created_at
        AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at THEN
        RETURN NULL; -- a value, name or schedule change: nothing the index holds
    END IF;
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM api_key_tags WHERE key_id = OLD.id;
    END IF;
    INSERT INTO api_key_tags (key_id, tag, user_id, team_id, environment, tags, created_at, deleted_at)
    SELECT DISTINCT NEW.id, t.tag, NEW.user_id, NEW.team_id, NEW.environment, NEW.tags,
           NEW.created_at, NEW.deleted_at
    FROM unnest(NEW.tags) AS t (tag)
    WHERE t.tag IS NOT NULL;
    RETURN NULL;
END
$$;

CREATE TRIGGER api_key_tags_sync
    AFTER INSERT OR UPDATE ON api_keys
    FOR EACH ROW EXECUTE FUNCTION api_key_tags_sync();

INSERT INTO api_key_tags (key_id, tag, user_id, team_id, environment, tags, created_at, deleted_at)
SELECT DISTINCT k.id, t.tag, k.user_id, k.team_id, k.environment, k.tags, k.created_at, k.deleted_at
FROM api_keys k CROSS JOIN LATERAL unnest(k.tags) AS t (tag)
WHERE t.tag IS NOT NULL;

REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON api_key_tags FROM keyhaven_app;
REVOKE ALL ON FUNCTION api_key_tags_sync() FROM PUBLIC;
