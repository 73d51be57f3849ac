package pro.keyhaven.teams;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.UUID;
import pro.keyhaven.teams.service.RotationCheckpoint;

/**
 * Fails every rotation at its last step, after all its writes, and notes what the rotation had
 * written by then (read inside its transaction). Enabled only by {@link RotationAtomicityTests}.
 */
@Alternative
@ApplicationScoped
public class FailingRotationCheckpoint extends RotationCheckpoint {

  /** What the failing transaction saw of its own writes, just before it failed. */
  public record Seen(
      int keyGeneration,
      boolean rotationRecommended,
      long versions,
      long itemVersionSum,
      long rotationEntries,
      List<String> wrappedKeys) {}

  static volatile Seen seen;

  @Override
  public Uni<Void> beforeCommit(UUID teamId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT t.key_generation, t.rotation_recommended,"
                            + " (SELECT count(*) FROM api_key_versions v JOIN api_keys k"
                            + "    ON k.id = v.key_id WHERE k.team_id = t.id),"
                            + " (SELECT coalesce(sum(k.version), 0) FROM api_keys k"
                            + "    WHERE k.team_id = t.id AND k.deleted_at IS NULL),"
                            + " (SELECT count(*) FROM audit_logs a"
                            + "    WHERE a.tenant_id = t.id AND a.action = 'team.key_rotated')"
                            + " FROM teams t WHERE t.id = ?1",
                        Object[].class)
                    .setParameter(1, teamId)
                    .getSingleResult()
                    .chain(
                        row ->
                            s.createNativeQuery(
                                    "SELECT wrapped_team_key FROM team_members WHERE team_id = ?1"
                                        + " ORDER BY user_id",
                                    String.class)
                                .setParameter(1, teamId)
                                .getResultList()
                                .invoke(
                                    wrapped ->
                                        seen =
                                            new Seen(
                                                ((Number) row[0]).intValue(),
                                                (Boolean) row[1],
                                                ((Number) row[2]).longValue(),
                                                ((Number) row[3]).longValue(),
                                                ((Number) row[4]).longValue(),
                                                wrapped))))
        .chain(
            () ->
                Uni.createFrom()
                    .failure(new IllegalStateException("injected failure before commit")));
  }
}
