package pro.keyhaven.integrations.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;
import pro.keyhaven.integrations.api.GitHubBodies;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubWebhookReceipt;
import pro.keyhaven.monitoring.health.HealthService;
import pro.keyhaven.shared.access.KeyVisibility;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.detect.KeyFormats;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.github.GitHubClient;
import pro.keyhaven.shared.github.GitHubConfig;
import pro.keyhaven.shared.github.GitHubTokens;
import pro.keyhaven.shared.insights.InsightRefresh;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.Notifier;
import pro.keyhaven.shared.security.ClientInfo;

/**
 * GitHub's webhook deliveries. Each is verified ({@code X-Hub-Signature-256}, HMAC-SHA256 of the
 * raw body under the webhook secret, compared in constant time) before anything is read, applied at
 * most once (its {@code X-GitHub-Delivery} id is remembered for 72 h), and only then handled.
 *
 * <p>A {@code secret_scanning_alert} closes the leak loop: for every user whose GitHub connection
 * can see the repository, the alert's secret is fetched with that user's token, hashed, compared
 * with the fingerprints of the keys that user may see, and forgotten. Matching keys are marked
 * exposed (health drops, an insight and a notification follow); nothing else changes.
 */
@ApplicationScoped
public class GitHubWebhooks {

  private static final Logger LOG = Logger.getLogger(GitHubWebhooks.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROVIDER = "github";
  private static final Set<String> ALERT_ACTIONS =
      Set.of("created", "reopened", "publicly_leaked", "validated");

  private final GitHubConfig config;
  private final GitHubClient github;
  private final GitHubTokens tokens;
  private final KeyVisibility visibility;
  private final AuditWriter audit;
  private final Notifier notifier;
  private final HealthService health;
  private final InsightRefresh insights;
  private final Pool pool;
  private final Clock clock;

  public GitHubWebhooks(
      GitHubConfig config,
      GitHubClient github,
      GitHubTokens tokens,
      KeyVisibility visibility,
      AuditWriter audit,
      Notifier notifier,
      HealthService health,
      InsightRefresh insights,
      Pool pool,
      Clock clock) {
    this.config = config;
    this.github = github;
    this.tokens = tokens;
    this.visibility = visibility;
    this.audit = audit;
    this.notifier = notifier;
    this.health = health;
    this.insights = insights;
    this.pool = pool;
    this.clock = clock;
  }

  public Uni<GitHubWebhookReceipt> receive(
      byte[] body, String signature, String event, String delivery) {
    verify(body, signature);
    if (delivery == null || !delivery.matches("^[A-Za-z0-9-]{1,100}$")) {
      return Uni.createFrom()
          .failure(
              ApiException.validation("DELIVERY_ID", "X-GitHub-Delivery is missing or invalid"));
    }
    JsonNode payload;
    try {
      payload = JSON.readTree(body);
    } catch (IOException e) {
      return Uni.createFrom()
          .failure(ApiException.validation("INVALID_JSON", "The delivery is not JSON"));
    }
    if (payload == null || !payload.isObject()) {
      return Uni.createFrom()
          .failure(ApiException.validation("INVALID_JSON", "The delivery is not a JSON object"));
    }
    return remember(delivery)
        .chain(
            fresh -> {
              if (!fresh) {
                return Uni.createFrom().item(new GitHubWebhookReceipt("duplicate", 0));
              }
              String kind = event == null ? "" : event;
              return switch (kind) {
                case "ping" -> Uni.createFrom().item(new GitHubWebhookReceipt("applied", 0));
                case "secret_scanning_alert" -> alert(payload);
                // Installations are acknowledged: a token connection names its own repositories.
                default -> Uni.createFrom().item(new GitHubWebhookReceipt("ignored", 0));
              };
            });
  }

  /** 401 unless the signature is HMAC-SHA256 of exactly these bytes under the secret. */
  void verify(byte[] body, String signature) {
    String secret = config.webhookSecret().filter(s -> !s.isBlank()).orElse(null);
    if (secret == null || signature == null || !signature.startsWith("sha256=")) {
      throw ApiException.unauthorized("Missing or invalid webhook signature");
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(signature.substring("sha256=".length()).trim());
    } catch (IllegalArgumentException e) {
      throw ApiException.unauthorized("Missing or invalid webhook signature");
    }
    byte[] expected;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      expected = mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
    if (!MessageDigest.isEqual(expected, given)) {
      throw ApiException.unauthorized("Missing or invalid webhook signature");
    }
  }

  /** Remembers the delivery id; answers false when it was seen (within the memory window). */
  private Uni<Boolean> remember(String delivery) {
    var now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    var forgetBefore = now.minus(config.deliveryMemory());
    return pool.preparedQuery(
            "WITH old AS (DELETE FROM processed_webhook_events WHERE provider = $1"
                + " AND processed_at < $3) INSERT INTO processed_webhook_events"
                + " (provider, event_id, processed_at) VALUES ($1, $2, $4)"
                + " ON CONFLICT DO NOTHING RETURNING 1")
        .execute(io.vertx.mutiny.sqlclient.Tuple.of(PROVIDER, delivery, forgetBefore, now))
        .map(rows -> rows.rowCount() == 1);
  }

  private Uni<GitHubWebhookReceipt> alert(JsonNode payload) {
    String action = payload.path("action").asText("");
    JsonNode repository = payload.path("repository");
    String owner = repository.path("owner").path("login").asText("");
    String repo = repository.path("name").asText("");
    long number = payload.path("alert").path("number").asLong(0);
    if (!ALERT_ACTIONS.contains(action)
        || !owner.matches(GitHubBodies.NAME)
        || !repo.matches(GitHubBodies.NAME)
        || number <= 0) {
      return Uni.createFrom().item(new GitHubWebhookReceipt("ignored", 0));
    }
    return connectionsFor(owner, repo)
        .chain(
            connections ->
                Multi.createFrom()
                    .iterable(connections)
                    .onItem()
                    .transformToUniAndConcatenate(c -> matchFor(c, owner, repo, number))
                    .collect()
                    .asList())
        .map(
            counts ->
                new GitHubWebhookReceipt(
                    "applied", counts.stream().mapToInt(Integer::intValue).sum()));
  }

  /** A connection that may see the repository: its owner's login, or a user who pushed to it. */
  record Candidate(UUID user, byte[] sealedToken) {}

  private Uni<List<Candidate>> connectionsFor(String owner, String repo) {
    return pool.preparedQuery(
            "SELECT c.user_id, c.token_ciphertext FROM github_connections c"
                + " WHERE lower(c.login) = lower($1) OR EXISTS (SELECT 1 FROM github_secret_syncs s"
                + " WHERE s.user_id = c.user_id AND lower(s.owner) = lower($1)"
                + " AND lower(s.repo) = lower($2)) OR EXISTS (SELECT 1 FROM github_deploy_keys d"
                + " WHERE d.user_id = c.user_id AND lower(d.owner) = lower($1)"
                + " AND lower(d.repo) = lower($2)) ORDER BY c.user_id LIMIT 50")
        .execute(io.vertx.mutiny.sqlclient.Tuple.of(owner, repo))
        .map(
            rows -> {
              List<Candidate> out = new ArrayList<>();
              rows.forEach(
                  r ->
                      out.add(
                          new Candidate(
                              r.getUUID("user_id"), r.getBuffer("token_ciphertext").getBytes())));
              return out;
            });
  }

  /** Fetches the alert's secret with this user's token, hashes it, marks what matches. */
  private Uni<Integer> matchFor(Candidate c, String owner, String repo, long number) {
    String token;
    try {
      token = tokens.open(c.sealedToken(), c.user());
    } catch (RuntimeException e) {
      LOG.warnf(
          "GitHub token of a connection could not be opened; skipped (%s)",
          e.getClass().getSimpleName());
      return Uni.createFrom().item(0);
    }
    return github
        .alertSecret(token, owner, repo, number)
        .map(KeyFormats::fingerprint)
        .chain(fingerprint -> markExposed(c.user(), fingerprint, owner + "/" + repo, number))
        .onFailure()
        .recoverWithItem(
            e -> {
              // One user's revoked token or GitHub's hiccup must not hide the alert from others;
              // the alert stays open at GitHub and a redelivery finds it again.
              LOG.warnf(
                  "A secret scanning alert of %s/%s could not be read with a connection (%s)",
                  owner, repo, e.getClass().getSimpleName());
              return 0;
            });
  }

  private Uni<Integer> markExposed(UUID user, String fingerprint, String repository, long number) {
    String find =
        "SELECT k.id, k.user_id, k.team_id, k.name FROM api_keys k WHERE k.deleted_at IS NULL"
            + " AND k.exposed = FALSE AND (k.value_fingerprint = ?2 OR EXISTS (SELECT 1 FROM"
            + " api_key_versions v WHERE v.key_id = k.id AND v.value_fingerprint = ?2)) AND "
            + visibility.visible("k", "?1")
            + " FOR UPDATE OF k";
    ClientInfo client = new ClientInfo(null, "GitHub secret scanning");
    return Panache.withTransaction(
            () ->
                Panache.getSession()
                    .chain(
                        s ->
                            s.createNativeQuery(find, Object[].class)
                                .setParameter(1, user)
                                .setParameter(2, fingerprint)
                                .getResultList())
                    .chain(
                        rows -> {
                          if (rows.isEmpty()) {
                            return Uni.createFrom().item(List.<UUID>of());
                          }
                          List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
                          Uni<Void> chain = Uni.createFrom().voidItem();
                          for (Object[] r : rows) {
                            UUID keyId = (UUID) r[0];
                            UUID ownerId = (UUID) r[1];
                            UUID teamId = (UUID) r[2];
                            String name = (String) r[3];
                            chain =
                                chain
                                    .chain(
                                        () ->
                                            Panache.getSession()
                                                .chain(
                                                    s ->
                                                        s.createNativeQuery(
                                                                "UPDATE api_keys SET exposed ="
                                                                    + " TRUE WHERE id = ?1")
                                                            .setParameter(1, keyId)
                                                            .executeUpdate()))
                                    .chain(
                                        () ->
                                            audit.append(
                                                new AuditEvent(
                                                    AuditWriter.keyTenant(ownerId, teamId),
                                                    user,
                                                    "key.exposed",
                                                    "api_key",
                                                    keyId.toString(),
                                                    Map.of(
                                                        "source",
                                                        "github_secret_scanning",
                                                        "repository",
                                                        repository,
                                                        "alert_number",
                                                        number),
                                                    client)))
                                    .chain(
                                        () ->
                                            notifier.notify(
                                                user,
                                                NotificationKind.LEAK,
                                                "Leaked on GitHub: " + shorten(name),
                                                "GitHub secret scanning found the value of '"
                                                    + shorten(name)
                                                    + "' in "
                                                    + repository
                                                    + " (alert #"
                                                    + number
                                                    + "). It is marked exposed: rotate it at its"
                                                    + " provider now, then Rotate on its page and"
                                                    + " push the new value where it is used."));
                          }
                          return chain.replaceWith(ids);
                        }))
        .call(
            ids ->
                ids.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : health
                        .refresh(pool, ids, clock.instant())
                        .chain(() -> insights.refresh(user))
                        .replaceWithVoid())
        .map(List::size);
  }

  private static String shorten(String name) {
    return name.length() <= 80 ? name : name.substring(0, 79) + "…";
  }
}
