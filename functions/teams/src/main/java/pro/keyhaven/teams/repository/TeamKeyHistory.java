package pro.keyhaven.teams.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import pro.keyhaven.teams.api.TeamBodies.KeyHistoryEntry;

/**
 * {@code team_key_history}: each earlier team key, wrapped by the rotating admin's browser under
 * the team key of the next generation. Opaque to the server. Call inside a reactive session.
 */
@ApplicationScoped
public class TeamKeyHistory {

  /** Keeps the outgoing key of {@code generation}; a generation is kept once. */
  public Uni<Void> keep(UUID teamId, int generation, String protectedKey, Instant now) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "INSERT INTO team_key_history (team_id, generation, protected_key,"
                            + " created_at) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, teamId)
                    .setParameter(2, generation)
                    .setParameter(3, protectedKey)
                    .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** The team's earlier keys, newest first. */
  public Uni<List<KeyHistoryEntry>> of(UUID teamId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT generation, protected_key FROM team_key_history"
                            + " WHERE team_id = ?1 ORDER BY generation DESC",
                        Object[].class)
                    .setParameter(1, teamId)
                    .getResultList())
        .map(
            rows ->
                rows.stream()
                    .map(r -> new KeyHistoryEntry(((Number) r[0]).intValue(), (String) r[1]))
                    .toList());
  }
}
