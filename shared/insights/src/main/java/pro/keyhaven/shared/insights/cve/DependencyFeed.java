package pro.keyhaven.shared.insights.cve;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import pro.keyhaven.shared.envelope.Envelope;
import pro.keyhaven.shared.insights.Finding;
import pro.keyhaven.shared.insights.InsightsConfig;
import pro.keyhaven.shared.insights.KeyFacts;
import pro.keyhaven.shared.insights.rules.InsightRules;

/**
 * The dependency feed: advisories of the dependencies of a user's linked GitHub repositories.
 *
 * <p>A user's <em>linked repositories</em> are the distinct {@code owner/repo} of the user's own
 * Actions-secret pushes ({@code github_secret_syncs}, organisation secrets excluded) and deploy
 * keys ({@code github_deploy_keys}) whose vault key is live and still visible to the user, the most
 * recently linked first, at most {@code max-repos}. Their dependency graph (GitHub's SBOM) is read
 * with the user's own GitHub token and cached per user and repository ({@code insight_sbom_cache},
 * {@code sbom-cache-ttl}); its purls are matched against OSV ({@link OsvAdvisories}, cached per
 * purl). Each advisory of a repository becomes one {@code vulnerable_dependency} insight naming the
 * repository and {@code package@version}, concerning the vault keys synced to or deployed on that
 * repository: those are what a vulnerable build or deploy there could leak.
 *
 * <p>A repository GitHub does not answer for (401, 403 "dependency graph disabled", 404, timeout)
 * is skipped and its earlier insights stay as they were; the other repositories go on. Without a
 * GitHub connection there is nothing to read and no such insight. What goes to OSV: purls only;
 * what goes to GitHub: the repository's name and the user's token.
 */
@ApplicationScoped
public class DependencyFeed {

  private static final Logger LOG = Logger.getLogger(DependencyFeed.class);

  static final String TYPE = InsightRules.VULNERABLE_DEPENDENCY;

  /** Repositories read from GitHub at once. */
  private static final int CONCURRENCY = 4;

  /**
   * The feed's findings, and the fingerprint prefixes whose stored insights a refresh must keep
   * (repositories that could not be read; the whole feed when OSV could not be asked).
   */
  public record Result(List<Finding> findings, List<String> keep) {}

  /** A linked repository (lower case) and the user's visible keys linked to it. */
  record Repo(String owner, String repo, List<UUID> keyIds) {
    String slug() {
      return owner + "/" + repo;
    }

    String prefix() {
      return TYPE + ":" + slug() + ":";
    }
  }

  private record Packages(Repo repo, List<Purl> purls, boolean read) {}

  private static final String LINKS =
      """
      SELECT lower(owner) AS owner, lower(repo) AS repo, key_id, max(at) AS at FROM (
        SELECT owner, repo, key_id, pushed_at AS at FROM github_secret_syncs
        WHERE user_id = $1 AND key_id = ANY($2) AND repo <> ''
        UNION ALL
        SELECT owner, repo, key_id, created_at AS at FROM github_deploy_keys
        WHERE user_id = $1 AND key_id = ANY($2)) l
      GROUP BY lower(owner), lower(repo), key_id
      """;

  private final Pool pool;
  private final Clock clock;
  private final InsightsConfig config;
  private final GitHubSbomClient github;
  private final OsvAdvisories advisories;
  private final Envelope envelope;

  public DependencyFeed(
      Pool pool,
      Clock clock,
      InsightsConfig config,
      GitHubSbomClient github,
      OsvAdvisories advisories,
      Envelope envelope) {
    this.pool = pool;
    this.clock = clock;
    this.config = config;
    this.github = github;
    this.advisories = advisories;
    this.envelope = envelope;
  }

  public Uni<Result> findings(UUID user, List<KeyFacts> keys) {
    if (!config.dependencies().enabled() || !config.osv().enabled()) {
      return Uni.createFrom().item(new Result(List.of(), List.of()));
    }
    Result keepAll = new Result(List.of(), List.of(TYPE + ":"));
    return repos(user, keys)
        .chain(
            repos -> {
              if (repos.isEmpty()) {
                return Uni.createFrom().item(new Result(List.of(), List.of()));
              }
              return token(user)
                  .chain(
                      token ->
                          token.isEmpty()
                              ? Uni.createFrom().item(new Result(List.of(), List.of()))
                              : read(user, repos, token.get()));
            })
        .ifNoItem()
        .after(config.dependencies().deadline())
        .recoverWithItem(
            () -> {
              LOG.warn(
                  "The dependency feed did not finish in time; its insights stay as they were");
              return keepAll;
            })
        .onFailure()
        .recoverWithItem(
            e -> {
              // The message of our own errors never holds the token; a foreign one is not printed.
              LOG.warnf(
                  "The dependency feed failed (%s); its insights stay as they were",
                  e.getClass().getSimpleName());
              return keepAll;
            });
  }

  /** The user's linked repositories with their visible keys, the most recently linked first. */
  Uni<List<Repo>> repos(UUID user, List<KeyFacts> keys) {
    if (keys.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    UUID[] visible = keys.stream().map(KeyFacts::id).toArray(UUID[]::new);
    return pool.preparedQuery(LINKS)
        .execute(Tuple.of(user, visible))
        .map(
            rows -> {
              Map<String, Set<UUID>> keysOf = new LinkedHashMap<>();
              Map<String, Instant> latest = new HashMap<>();
              Map<String, String[]> names = new HashMap<>();
              for (Row r : rows) {
                String owner = r.getString("owner");
                String repo = r.getString("repo");
                if (!GitHubSbomClient.validRepo(owner, repo)) {
                  continue;
                }
                String slug = owner + "/" + repo;
                names.put(slug, new String[] {owner, repo});
                keysOf.computeIfAbsent(slug, x -> new LinkedHashSet<>()).add(r.getUUID("key_id"));
                Instant at = r.getOffsetDateTime("at").toInstant();
                latest.merge(slug, at, (a, b) -> a.isAfter(b) ? a : b);
              }
              return keysOf.keySet().stream()
                  .sorted(
                      Comparator.comparing((String s) -> latest.get(s))
                          .reversed()
                          .thenComparing(s -> s))
                  .limit(config.dependencies().maxRepos())
                  .map(s -> new Repo(names.get(s)[0], names.get(s)[1], List.copyOf(keysOf.get(s))))
                  .toList();
            });
  }

  /** The user's GitHub token, opened; empty without a connection. Never logged. */
  private Uni<Optional<String>> token(UUID user) {
    return pool.preparedQuery("SELECT token_ciphertext FROM github_connections WHERE user_id = $1")
        .execute(Tuple.of(user))
        .map(
            rows -> {
              if (rows.size() == 0) {
                return Optional.empty();
              }
              byte[] sealed = rows.iterator().next().getBuffer("token_ciphertext").getBytes();
              return Optional.of(
                  new String(
                      envelope.open(sealed, user, Envelope.GITHUB_TOKEN), StandardCharsets.UTF_8));
            });
  }

  private Uni<Result> read(UUID user, List<Repo> repos, String token) {
    Instant now = clock.instant();
    return cachedSboms(user)
        .chain(
            cache ->
                Multi.createFrom()
                    .iterable(repos)
                    .onItem()
                    .transformToUni(r -> packages(user, r, token, cache, now))
                    .merge(CONCURRENCY)
                    .collect()
                    .asList())
        .chain(
            read -> {
              Map<String, Purl> distinct = new LinkedHashMap<>();
              for (Packages p : read) {
                p.purls().forEach(u -> distinct.putIfAbsent(u.value(), u));
              }
              List<OsvAdvisories.Query> queries = new ArrayList<>();
              for (Purl u : distinct.values()) {
                queries.add(
                    new OsvAdvisories.Query(cacheKey(u), u.pkg(), OsvAdvisories.byPurl(u.value())));
              }
              return advisories
                  .lookup(queries)
                  .map(
                      answer -> {
                        List<String> keep = new ArrayList<>();
                        if (!answer.complete()) {
                          keep.add(TYPE + ":");
                        }
                        List<Finding> out = new ArrayList<>();
                        // In the order of the linked repositories, whatever order GitHub answered
                        for (Repo r : repos) {
                          Packages p =
                              read.stream().filter(x -> x.repo() == r).findFirst().orElseThrow();
                          if (!p.read()) {
                            keep.add(r.prefix());
                          } else {
                            out.addAll(build(r, p.purls(), answer.byKey()));
                          }
                        }
                        return new Result(out, keep);
                      });
            });
  }

  static String cacheKey(Purl purl) {
    return "purl:" + purl.value();
  }

  private record CachedSbom(Instant fetchedAt, List<Purl> purls) {}

  private Uni<Map<String, CachedSbom>> cachedSboms(UUID user) {
    return pool.preparedQuery(
            "SELECT owner, repo, purls, fetched_at FROM insight_sbom_cache WHERE user_id = $1")
        .execute(Tuple.of(user))
        .map(
            rows -> {
              Map<String, CachedSbom> out = new HashMap<>();
              for (Row r : rows) {
                List<Purl> purls = new ArrayList<>();
                String[] stored = r.getArrayOfStrings("purls");
                for (String s : stored == null ? new String[0] : stored) {
                  Purl.parse(s).ifPresent(purls::add);
                }
                out.put(
                    r.getString("owner") + "/" + r.getString("repo"),
                    new CachedSbom(r.getOffsetDateTime("fetched_at").toInstant(), purls));
              }
              return out;
            });
  }

  /** A repository's purls: the cached list while fresh, else GitHub's answer (then cached). */
  private Uni<Packages> packages(
      UUID user, Repo repo, String token, Map<String, CachedSbom> cache, Instant now) {
    CachedSbom cached = cache.get(repo.slug());
    if (cached != null
        && cached.fetchedAt().isAfter(now.minus(config.dependencies().sbomCacheTtl()))) {
      return Uni.createFrom().item(new Packages(repo, cached.purls(), true));
    }
    return github
        .purls(repo.owner(), repo.repo(), token)
        .call(purls -> storeSbom(user, repo, purls, now))
        .map(purls -> new Packages(repo, purls, true))
        .onFailure()
        .recoverWithItem(
            e -> {
              String why =
                  e instanceof GitHubSbomClient.SbomUnavailable u && u.status() > 0
                      ? "GitHub answered " + u.status()
                      : e.getClass().getSimpleName();
              LOG.warnf(
                  "The dependency graph of %s could not be read (%s); the repository is skipped",
                  repo.slug(), why);
              return new Packages(repo, List.of(), false);
            });
  }

  private Uni<Void> storeSbom(UUID user, Repo repo, List<Purl> purls, Instant now) {
    return pool.preparedQuery(
            "INSERT INTO insight_sbom_cache (user_id, owner, repo, purls, fetched_at)"
                + " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id, owner, repo) DO UPDATE"
                + " SET purls = EXCLUDED.purls, fetched_at = EXCLUDED.fetched_at")
        .execute(
            Tuple.of(
                user,
                repo.owner(),
                repo.repo(),
                purls.stream().map(Purl::value).toArray(String[]::new),
                now.atOffset(ZoneOffset.UTC)))
        .replaceWithVoid();
  }

  private static final List<String> SEVERITY_ORDER = List.of("critical", "high", "medium", "low");

  /** One insight per advisory of the repository, the most severe first, at most the cap. */
  List<Finding> build(Repo repo, List<Purl> purls, Map<String, List<Advisory>> known) {
    Map<String, Advisory> byId = new LinkedHashMap<>();
    Map<String, Set<String>> packages = new LinkedHashMap<>();
    Map<String, Set<String>> fixed = new LinkedHashMap<>();
    for (Purl u : purls) {
      for (Advisory a : known.getOrDefault(cacheKey(u), List.of())) {
        byId.putIfAbsent(a.id(), a);
        packages
            .computeIfAbsent(a.id(), x -> new LinkedHashSet<>())
            .add(u.display() + " (" + u.ecosystem() + ")");
        for (String f : a.fixed()) {
          fixed.computeIfAbsent(a.id(), x -> new LinkedHashSet<>()).add(u.name() + " " + f);
        }
      }
    }
    List<Advisory> ordered =
        byId.values().stream()
            .sorted(Comparator.comparingInt(a -> severityRank(a.severity())))
            .limit(config.dependencies().maxFindingsPerRepo())
            .toList();
    List<Finding> out = new ArrayList<>();
    for (Advisory a : ordered) {
      List<String> fixes = List.copyOf(fixed.getOrDefault(a.id(), Set.of()));
      String ids =
          a.aliases().isEmpty() ? a.id() : a.id() + " (" + String.join(", ", a.aliases()) + ")";
      String description =
          "The repository "
              + repo.slug()
              + " depends on "
              + String.join(", ", packages.get(a.id()))
              + ", which has advisory "
              + ids
              + ": "
              + a.summary();
      String recommendation =
          (fixes.isEmpty()
                  ? "No fixed version is published yet; check whether "
                      + repo.slug()
                      + " uses the affected part and watch the advisory."
                  : "Upgrade the dependency in "
                      + repo.slug()
                      + ": "
                      + String.join(", ", fixes)
                      + ".")
              + " The keys named here are synced to or deployed on that repository, where its"
              + " code can reach them; rotate them if the advisory could have exposed them.";
      out.add(
          new Finding(
              TYPE,
              a.severity(),
              CveFeed.cut(description, 2000),
              CveFeed.cut(recommendation, 2000),
              repo.keyIds(),
              CveFeed.cut(a.cveOrId(), 100),
              fixes,
              repo.prefix() + a.id()));
    }
    return out;
  }

  private static int severityRank(String severity) {
    int i = SEVERITY_ORDER.indexOf(severity);
    return i < 0 ? SEVERITY_ORDER.size() : i;
  }
}
