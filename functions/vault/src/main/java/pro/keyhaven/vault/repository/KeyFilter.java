package pro.keyhaven.vault.repository;

import java.util.UUID;

/** Filters of the key list; all optional. */
public record KeyFilter(
    String service, String environment, String tag, UUID teamId, String q, boolean deleted) {}
