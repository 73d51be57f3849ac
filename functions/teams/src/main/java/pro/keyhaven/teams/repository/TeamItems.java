package pro.keyhaven.teams.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The team's keys as a team-key rotation sees them: rows of {@code api_keys} and {@code
 * api_key_versions} (the vault's tables), touched with native SQL so that this area does not depend
 * on the vault's classes. Only the ciphertext, its version and the history change here; everything
 * else about a key stays the vault's business. Call inside a reactive transaction.
 */
@ApplicationScoped
public class TeamItems {

  /** A live team key and its current version. */
  public record Current(UUID id, int version) {}

  private static final String LOCK_LIVE =
      "SELECT id, version FROM api_keys WHERE team_id = ?1 AND deleted_at IS NULL"
          + " ORDER BY id FOR UPDATE";

  /**
   * One item in one statement: keeps the current ciphertext in the history if no version holds it
   * yet (the vault keeps every value it stores, so normally one does), writes the new ciphertext
   * with version + 1, and records that new value as a version made by the rotating admin. Matches
   * only a live key of this team at the expected version.
   */
  private static final String REENCRYPT =
      """
      WITH kept AS (
        INSERT INTO api_key_versions (key_id, version, encrypted_value, iv, created_by, created_at)
        SELECT k.id, k.version, k.encrypted_value, k.iv, ?6, now()
        FROM api_keys k
        WHERE k.id = ?1 AND k.team_id = ?2 AND k.version = ?3 AND k.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM api_key_versions v
                          WHERE v.key_id = k.id AND v.encrypted_value = k.encrypted_value
                            AND v.iv = k.iv)
        ON CONFLICT (key_id, version) DO NOTHING
      ), updated AS (
        UPDATE api_keys SET encrypted_value = ?4, iv = ?5, version = version + 1,
                            updated_at = now()
        WHERE id = ?1 AND team_id = ?2 AND version = ?3 AND deleted_at IS NULL
        RETURNING id, version
      )
      INSERT INTO api_key_versions (key_id, version, encrypted_value, iv, created_by, created_at)
      SELECT id, version, ?4, ?5, ?6, now() FROM updated
      """;

  /** Locks the team's live keys (in id order, so two lockers never deadlock) and lists them. */
  public Uni<List<Current>> lockLive(UUID teamId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(LOCK_LIVE, Object[].class)
                    .setParameter(1, teamId)
                    .getResultList())
        .map(
            rows ->
                rows.stream()
                    .map(r -> new Current((UUID) r[0], ((Number) r[1]).intValue()))
                    .toList());
  }

  /**
   * Replaces one key's ciphertext (see {@link #REENCRYPT}); answers whether the key matched. The
   * values are ciphertext: they go to the database and nowhere else.
   */
  public Uni<Boolean> reencrypt(
      UUID teamId, UUID keyId, int expectedVersion, String encryptedValue, String iv, UUID actor) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(REENCRYPT)
                    .setParameter(1, keyId)
                    .setParameter(2, teamId)
                    .setParameter(3, expectedVersion)
                    .setParameter(4, encryptedValue)
                    .setParameter(5, iv)
                    .setParameter(6, actor)
                    .executeUpdate())
        .map(n -> n == 1);
  }
}
