-- The dependency feed of insights (shared/insights, DependencyFeed): the exact-version package URLs
-- (purls) of a linked GitHub repository's dependency graph, as GitHub's SBOM named them, kept for
-- keyhaven.insights.dependencies.sbom-cache-ttl. Per user: the list was read with that user's
-- token, so it is never reused for someone whose token might not see the repository. owner and
-- repo are lower case. Their advisories are cached per purl in insight_cve_cache ('purl:...').
CREATE TABLE insight_sbom_cache (
    user_id    UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    owner      VARCHAR(100) NOT NULL,
    repo       VARCHAR(100) NOT NULL,
    purls      TEXT[]       NOT NULL,
    fetched_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (user_id, owner, repo)
);
