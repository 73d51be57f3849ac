package pro.keyhaven.shared.github;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import pro.keyhaven.shared.access.KeyVisibility;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.Notifier;
import pro.keyhaven.shared.security.ClientInfo;

/**
 * After a managed rotation, brings every Actions secret the key was pushed to (its sync records) up
 * to date while the new value is still in memory: GitHub's public key is fetched with the pusher's
 * own token, the value is sealed to it here ({@link SealedBox}) and only the sealed box is sent. A
 * record whose pusher can no longer see the key, or has disconnected GitHub, is left alone (it
 * shows as stale). A push that fails leaves its record stale, and the pusher gets a notification to
 * push again before the old credential is revoked; it never fails the rotation.
 */
@ApplicationScoped
public class RotatedSecretPush {

  private static final Logger LOG = Logger.getLogger(RotatedSecretPush.class);

  /** Most sync records of one key brought up to date by one rotation. */
  static final int MAX_SYNCS = 50;

  /** What one push did: records updated, and records that failed (left stale). */
  public record Outcome(int pushed, int failed) {}

  private record Sync(
      UUID id,
      UUID user,
      String owner,
      String repo,
      String environment,
      String name,
      byte[] sealedToken,
      UUID tenant) {

    String place() {
      return (repo == null ? owner + " (organisation)" : owner + "/" + repo)
          + (environment.isEmpty() ? "" : ", environment " + environment);
    }
  }

  private final GitHubClient github;
  private final GitHubTokens tokens;
  private final AuditWriter audit;
  private final Notifier notifier;
  private final KeyVisibility visibility;
  private final Clock clock;

  public RotatedSecretPush(
      GitHubClient github,
      GitHubTokens tokens,
      AuditWriter audit,
      Notifier notifier,
      KeyVisibility visibility,
      Clock clock) {
    this.github = github;
    this.tokens = tokens;
    this.audit = audit;
    this.notifier = notifier;
    this.visibility = visibility;
    this.clock = clock;
  }

  /**
   * Seals {@code value}, now version {@code version} of key {@code keyId}, to each Actions secret
   * the key was pushed to, and records the push. Never fails.
   */
  public Uni<Outcome> push(UUID keyId, int version, String value) {
    return syncs(keyId)
        .onItem()
        .transformToMulti(list -> Multi.createFrom().iterable(list))
        .onItem()
        .transformToUniAndConcatenate(sync -> pushOne(sync, keyId, version, value))
        .collect()
        .asList()
        .map(
            done -> {
              int pushed = (int) done.stream().filter(Boolean::booleanValue).count();
              return new Outcome(pushed, done.size() - pushed);
            })
        .onFailure()
        .recoverWithItem(
            e -> {
              LOG.warnf(
                  "GitHub secrets of key %s could not be listed after its rotation (%s)",
                  keyId, e.getClass().getSimpleName());
              return new Outcome(0, 0);
            });
  }

  private Uni<List<Sync>> syncs(UUID keyId) {
    return Panache.withSession(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.createNativeQuery(
                                "SELECT s.id, s.user_id, s.owner, s.repo, s.environment,"
                                    + " s.secret_name, c.token_ciphertext, k.user_id, k.team_id"
                                    + " FROM github_secret_syncs s"
                                    + " JOIN github_connections c ON c.user_id = s.user_id"
                                    + " JOIN api_keys k ON k.id = s.key_id AND k.deleted_at IS NULL"
                                    + " AND "
                                    + visibility.visible("k", "s.user_id")
                                    + " WHERE s.key_id = ?1 ORDER BY s.pushed_at LIMIT "
                                    + MAX_SYNCS,
                                Object[].class)
                            .setParameter(1, keyId)
                            .getResultList())
                .map(
                    rows ->
                        rows.stream()
                            .map(
                                r ->
                                    new Sync(
                                        (UUID) r[0],
                                        (UUID) r[1],
                                        (String) r[2],
                                        ((String) r[3]).isEmpty() ? null : (String) r[3],
                                        (String) r[4],
                                        (String) r[5],
                                        (byte[]) r[6],
                                        AuditWriter.keyTenant((UUID) r[7], (UUID) r[8])))
                            .toList()));
  }

  private Uni<Boolean> pushOne(Sync sync, UUID keyId, int version, String value) {
    Uni<Boolean> sent =
        Uni.createFrom()
            .item(() -> tokens.open(sync.sealedToken(), sync.user()))
            .chain(
                token ->
                    github
                        .publicKey(token, sync.owner(), sync.repo(), sync.environment())
                        .chain(
                            key ->
                                github.putSecret(
                                    token,
                                    sync.owner(),
                                    sync.repo(),
                                    sync.environment(),
                                    sync.name(),
                                    seal(value, key.key()),
                                    key.keyId())));
    return sent.chain(created -> recordPushed(sync, keyId, version, created))
        .replaceWith(true)
        .onFailure()
        .recoverWithUni(e -> recordFailed(sync, keyId, version, e).replaceWith(false));
  }

  private static String seal(String value, String publicKeyBase64) {
    byte[] publicKey = Base64.getDecoder().decode(publicKeyBase64);
    byte[] plain = value.getBytes(StandardCharsets.UTF_8);
    try {
      return Base64.getEncoder().encodeToString(SealedBox.seal(plain, publicKey));
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  private Uni<Void> recordPushed(Sync sync, UUID keyId, int version, boolean created) {
    return Panache.withTransaction(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.createNativeQuery(
                                "UPDATE github_secret_syncs SET key_version = ?2, pushed_at = ?3"
                                    + " WHERE id = ?1")
                            .setParameter(1, sync.id())
                            .setParameter(2, version)
                            .setParameter(
                                3,
                                clock
                                    .instant()
                                    .truncatedTo(ChronoUnit.MICROS)
                                    .atOffset(ZoneOffset.UTC))
                            .executeUpdate())
                .chain(
                    () -> {
                      Map<String, Object> meta = meta(sync, version);
                      meta.put("created", created);
                      return audit.append(
                          new AuditEvent(
                              sync.tenant(),
                              sync.user(),
                              "key.pushed_to_github",
                              "api_key",
                              keyId.toString(),
                              meta,
                              ClientInfo.NONE));
                    }));
  }

  private Uni<Void> recordFailed(Sync sync, UUID keyId, int version, Throwable e) {
    Throwable mapped = GitHubErrors.map(e);
    String reason =
        mapped instanceof ApiException api
            ? api.getMessage()
            : e instanceof IllegalArgumentException
                ? "GitHub's public key for the secret is not usable"
                : "an internal error interrupted the push";
    LOG.warnf(
        "Key %s version %d could not be pushed to a GitHub secret of %s (%s)",
        keyId, version, sync.place(), e.getClass().getSimpleName());
    return Panache.withTransaction(
            () -> {
              Map<String, Object> meta = meta(sync, version);
              meta.put("error", reason);
              return audit
                  .append(
                      new AuditEvent(
                          sync.tenant(),
                          sync.user(),
                          "key.github_push_failed",
                          "api_key",
                          keyId.toString(),
                          meta,
                          ClientInfo.NONE))
                  .chain(
                      () ->
                          notifier.notify(
                              sync.user(),
                              NotificationKind.ROTATION_FAILED,
                              "A GitHub secret still holds the old key",
                              "KeyHaven rotated a key you pushed to the Actions secret "
                                  + sync.name()
                                  + " of "
                                  + sync.place()
                                  + ", but could not update the secret: "
                                  + reason
                                  + ". Push it again from the key's page before the old"
                                  + " credential is revoked."));
            })
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  private static Map<String, Object> meta(Sync sync, int version) {
    Map<String, Object> meta = new HashMap<>();
    meta.put("repository", sync.repo() == null ? sync.owner() : sync.owner() + "/" + sync.repo());
    meta.put("environment", sync.environment());
    meta.put("secret_name", sync.name());
    meta.put("version", version);
    meta.put("managed_rotation", true);
    return meta;
  }
}
