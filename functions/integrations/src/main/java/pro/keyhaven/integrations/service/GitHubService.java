package pro.keyhaven.integrations.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubConnection;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubDeployKey;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubDeployKeyRequest;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubPublicKey;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubPushSecret;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubRepository;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubSecretSync;
import pro.keyhaven.shared.access.KeyVisibility;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.github.GitHubClient;
import pro.keyhaven.shared.github.GitHubErrors;
import pro.keyhaven.shared.github.GitHubTokens;
import pro.keyhaven.shared.security.ClientInfo;

/**
 * A user's GitHub connection and what goes through it. The token is sealed with the envelope cipher
 * (bound to the user) and opened only for the call it authorises; a secret's value reaches this
 * server only as a sealed box the browser made to GitHub's key, which the server relays.
 */
@ApplicationScoped
public class GitHubService {

  private final GitHubClient github;
  private final GitHubTokens tokens;
  private final AuditWriter audit;
  private final KeyVisibility visibility;
  private final Clock clock;

  public GitHubService(
      GitHubClient github,
      GitHubTokens tokens,
      AuditWriter audit,
      KeyVisibility visibility,
      Clock clock) {
    this.github = github;
    this.tokens = tokens;
    this.audit = audit;
    this.visibility = visibility;
    this.clock = clock;
  }

  /** Checks the token with GitHub, then keeps it sealed; answers the login it belongs to. */
  public Uni<String> connect(UUID user, String token, ClientInfo client) {
    return github
        .login(token)
        .onFailure()
        .transform(GitHubService::connectFailure)
        .chain(
            login -> {
              byte[] sealed = tokens.seal(token, user);
              OffsetDateTime now = now();
              return Panache.withTransaction(
                      () ->
                          Panache.getSession()
                              .chain(
                                  s ->
                                      s.createNativeQuery(
                                              "INSERT INTO github_connections (user_id, login,"
                                                  + " token_ciphertext, connected_at)"
                                                  + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (user_id)"
                                                  + " DO UPDATE SET login = excluded.login,"
                                                  + " token_ciphertext = excluded.token_ciphertext,"
                                                  + " connected_at = excluded.connected_at,"
                                                  + " last_used_at = NULL")
                                          .setParameter(1, user)
                                          .setParameter(2, login)
                                          .setParameter(3, sealed)
                                          .setParameter(4, now)
                                          .executeUpdate())
                              .chain(
                                  () ->
                                      record(
                                          user,
                                          user,
                                          "integration.github_connected",
                                          "integration",
                                          "github",
                                          Map.of("login", login),
                                          client)))
                  .replaceWith(login);
            });
  }

  /** On connect, a token GitHub refuses is the caller's input: 400, not a stale connection. */
  private static Throwable connectFailure(Throwable failure) {
    Throwable mapped = GitHubErrors.map(failure);
    if (mapped instanceof ApiException e && "GITHUB_TOKEN_REVOKED".equals(e.code())) {
      return ApiException.validation(
          "GITHUB_TOKEN_INVALID", "GitHub does not accept this token: check it and try again");
    }
    return mapped;
  }

  public Uni<GitHubConnection> status(UUID user) {
    return Panache.withSession(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.createNativeQuery(
                                "SELECT login, connected_at FROM github_connections WHERE user_id = ?1",
                                Object[].class)
                            .setParameter(1, user)
                            .getResultList())
                .map(
                    rows ->
                        rows.isEmpty()
                            ? new GitHubConnection(false, null, null)
                            : new GitHubConnection(
                                true, (String) rows.get(0)[0], instant(rows.get(0)[1]))));
  }

  public Uni<Void> disconnect(UUID user, ClientInfo client) {
    return Panache.withTransaction(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.createNativeQuery("DELETE FROM github_connections WHERE user_id = ?1")
                            .setParameter(1, user)
                            .executeUpdate())
                .chain(
                    n ->
                        n == 0
                            ? Uni.createFrom().voidItem()
                            : record(
                                user,
                                user,
                                "integration.github_disconnected",
                                "integration",
                                "github",
                                Map.of(),
                                client)));
  }

  public Uni<List<GitHubRepository>> repositories(UUID user) {
    return token(user)
        .chain(t -> github.repositories(t))
        .onFailure()
        .transform(GitHubErrors::map)
        .map(
            repos ->
                repos.stream()
                    .map(r -> new GitHubRepository(r.fullName(), r.privateRepo()))
                    .toList());
  }

  public Uni<GitHubPublicKey> publicKey(UUID user, String owner, String repo, String environment) {
    return token(user)
        .chain(t -> github.publicKey(t, owner, repo, environment))
        .onFailure()
        .transform(GitHubErrors::map)
        .map(k -> new GitHubPublicKey(k.keyId(), k.key()));
  }

  /**
   * Relays a sealed value to an Actions secret and keeps a sync record naming the vault key and
   * version it came from (a key the caller cannot see is 404 before anything is sent).
   */
  public Uni<Boolean> pushSecret(
      UUID user,
      String owner,
      String repo,
      String environment,
      String name,
      GitHubPushSecret req,
      ClientInfo client) {
    String env = environment == null ? "" : environment;
    Uni<KeyRef> source =
        req.sourceKeyId() == null
            ? Uni.createFrom().nullItem()
            : visibleKey(user, req.sourceKeyId());
    return source.chain(
        key ->
            token(user)
                .chain(
                    t ->
                        github.putSecret(
                            t, owner, repo, env, name, req.encryptedValue(), req.keyId()))
                .onFailure()
                .transform(GitHubErrors::map)
                .call(
                    created ->
                        Panache.withTransaction(
                            () ->
                                Panache.getSession()
                                    .chain(
                                        s ->
                                            s.createNativeQuery(
                                                    "INSERT INTO github_secret_syncs (id, user_id,"
                                                        + " key_id, owner, repo, environment,"
                                                        + " secret_name, key_version, pushed_at)"
                                                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                                                        + " ?9) ON CONFLICT ON CONSTRAINT"
                                                        + " github_secret_syncs_target_uq DO UPDATE"
                                                        + " SET key_id = excluded.key_id,"
                                                        + " key_version = excluded.key_version,"
                                                        + " pushed_at = excluded.pushed_at")
                                                .setParameter(1, UUID.randomUUID())
                                                .setParameter(2, user)
                                                .setParameter(3, key == null ? null : key.id())
                                                .setParameter(4, owner)
                                                .setParameter(5, repo == null ? "" : repo)
                                                .setParameter(6, env)
                                                .setParameter(7, name)
                                                .setParameter(8, key == null ? null : key.version())
                                                .setParameter(9, now())
                                                .executeUpdate())
                                    .chain(() -> touch(user))
                                    .chain(
                                        () -> {
                                          Map<String, Object> meta = new HashMap<>();
                                          meta.put(
                                              "repository",
                                              repo == null ? owner : owner + "/" + repo);
                                          meta.put("environment", env);
                                          meta.put("secret_name", name);
                                          meta.put("created", created);
                                          if (key != null) {
                                            meta.put("version", key.version());
                                          }
                                          return key == null
                                              ? record(
                                                  user,
                                                  user,
                                                  "integration.github_secret_pushed",
                                                  "integration",
                                                  "github",
                                                  meta,
                                                  client)
                                              : record(
                                                  AuditWriter.keyTenant(
                                                      key.ownerId(), key.teamId()),
                                                  user,
                                                  "key.pushed_to_github",
                                                  "api_key",
                                                  key.id().toString(),
                                                  meta,
                                                  client);
                                        }))));
  }

  /** The caller's sync records (of one key when {@code keyId} is given), with their staleness. */
  public Uni<List<GitHubSecretSync>> syncs(UUID user, UUID keyId) {
    String sql =
        "SELECT s.id, s.key_id, s.owner, s.repo, s.environment, s.secret_name, s.key_version,"
            + " k.version, s.pushed_at FROM github_secret_syncs s"
            + " LEFT JOIN api_keys k ON k.id = s.key_id AND k.deleted_at IS NULL AND "
            + visibility.visible("k", "?1")
            + " WHERE s.user_id = ?1"
            + (keyId == null ? "" : " AND s.key_id = ?2")
            + " ORDER BY s.pushed_at DESC LIMIT 500";
    return Panache.withSession(
        () ->
            Panache.getSession()
                .chain(
                    s -> {
                      var q = s.createNativeQuery(sql, Object[].class).setParameter(1, user);
                      if (keyId != null) {
                        q.setParameter(2, keyId);
                      }
                      return q.getResultList();
                    })
                .map(
                    rows -> {
                      List<GitHubSecretSync> out = new ArrayList<>();
                      for (Object[] r : rows) {
                        Integer pushed = r[6] == null ? null : ((Number) r[6]).intValue();
                        Integer current = r[7] == null ? null : ((Number) r[7]).intValue();
                        out.add(
                            new GitHubSecretSync(
                                (UUID) r[0],
                                current == null ? null : (UUID) r[1],
                                ((String) r[3]).isEmpty() ? (String) r[2] : r[2] + "/" + r[3],
                                (String) r[4],
                                (String) r[5],
                                pushed,
                                current,
                                pushed != null && current != null && current > pushed,
                                instant(r[8])));
                      }
                      return out;
                    }));
  }

  /** Registers a deploy key made in the browser; its private half is the vault key named. */
  public Uni<GitHubDeployKey> addDeployKey(
      UUID user, String owner, String repo, GitHubDeployKeyRequest req, ClientInfo client) {
    boolean readOnly = req.readOnly() == null || req.readOnly();
    Uni<KeyRef> source =
        req.sourceKeyId() == null
            ? Uni.createFrom().nullItem()
            : visibleKey(user, req.sourceKeyId());
    return source.chain(
        key ->
            token(user)
                .chain(t -> github.addDeployKey(t, owner, repo, req.title(), req.key(), readOnly))
                .onFailure()
                .transform(GitHubErrors::map)
                .chain(
                    githubId -> {
                      GitHubDeployKey item =
                          new GitHubDeployKey(
                              UUID.randomUUID(),
                              owner + "/" + repo,
                              githubId,
                              req.title(),
                              readOnly,
                              key == null ? null : key.id(),
                              now().toInstant());
                      return Panache.withTransaction(
                              () ->
                                  Panache.getSession()
                                      .chain(
                                          s ->
                                              s.createNativeQuery(
                                                      "INSERT INTO github_deploy_keys (id, user_id,"
                                                          + " key_id, owner, repo, github_key_id,"
                                                          + " title, read_only, created_at) VALUES"
                                                          + " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                                                  .setParameter(1, item.id())
                                                  .setParameter(2, user)
                                                  .setParameter(3, item.keyId())
                                                  .setParameter(4, owner)
                                                  .setParameter(5, repo)
                                                  .setParameter(6, githubId)
                                                  .setParameter(7, req.title())
                                                  .setParameter(8, readOnly)
                                                  .setParameter(
                                                      9, item.createdAt().atOffset(ZoneOffset.UTC))
                                                  .executeUpdate())
                                      .chain(() -> touch(user))
                                      .chain(
                                          () ->
                                              record(
                                                  user,
                                                  user,
                                                  "integration.github_deploy_key_added",
                                                  "integration",
                                                  "github",
                                                  Map.of(
                                                      "repository",
                                                      item.repository(),
                                                      "read_only",
                                                      readOnly,
                                                      "github_key_id",
                                                      githubId),
                                                  client)))
                          .replaceWith(item);
                    }));
  }

  public Uni<List<GitHubDeployKey>> deployKeys(UUID user) {
    return Panache.withSession(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.createNativeQuery(
                                "SELECT id, owner, repo, github_key_id, title, read_only, key_id,"
                                    + " created_at FROM github_deploy_keys WHERE user_id = ?1"
                                    + " ORDER BY created_at DESC LIMIT 500",
                                Object[].class)
                            .setParameter(1, user)
                            .getResultList())
                .map(
                    rows ->
                        rows.stream()
                            .map(
                                r ->
                                    new GitHubDeployKey(
                                        (UUID) r[0],
                                        r[1] + "/" + r[2],
                                        ((Number) r[3]).longValue(),
                                        (String) r[4],
                                        (Boolean) r[5],
                                        (UUID) r[6],
                                        instant(r[7])))
                            .toList()));
  }

  /** A vault key the caller may see: its id, owner, team and version; else 404. */
  record KeyRef(UUID id, UUID ownerId, UUID teamId, int version) {}

  private Uni<KeyRef> visibleKey(UUID user, UUID keyId) {
    return Panache.withSession(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.createNativeQuery(
                                "SELECT k.id, k.user_id, k.team_id, k.version FROM api_keys k"
                                    + " WHERE k.id = ?2 AND k.deleted_at IS NULL AND "
                                    + visibility.visible("k", "?1"),
                                Object[].class)
                            .setParameter(1, user)
                            .setParameter(2, keyId)
                            .getResultList())
                .map(
                    rows -> {
                      if (rows.isEmpty()) {
                        throw ApiException.notFound("Key");
                      }
                      Object[] r = rows.get(0);
                      return new KeyRef(
                          (UUID) r[0], (UUID) r[1], (UUID) r[2], ((Number) r[3]).intValue());
                    }));
  }

  /** The caller's token, opened for one call; 409 when GitHub is not connected. */
  private Uni<String> token(UUID user) {
    return tokens.of(user);
  }

  private Uni<Void> touch(UUID user) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "UPDATE github_connections SET last_used_at = ?2 WHERE user_id = ?1")
                    .setParameter(1, user)
                    .setParameter(2, now())
                    .executeUpdate())
        .replaceWithVoid();
  }

  private Uni<Void> record(
      UUID tenant,
      UUID actor,
      String action,
      String resource,
      String resourceId,
      Map<String, Object> meta,
      ClientInfo client) {
    return audit.append(new AuditEvent(tenant, actor, action, resource, resourceId, meta, client));
  }

  private OffsetDateTime now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    return Instant.parse(value.toString());
  }
}
