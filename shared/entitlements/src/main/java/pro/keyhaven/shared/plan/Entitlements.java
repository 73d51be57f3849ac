package pro.keyhaven.shared.plan;

import io.quarkus.arc.Unremovable;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.UUID;
import pro.keyhaven.shared.config.KeyHavenConfig;
import pro.keyhaven.shared.error.ApiException;

/**
 * Plan limits in one place: every area asks here what an account may do, and a refusal is a 402
 * {@code PLAN_LIMIT} naming the plan that lifts it. With billing off (local and self-hosted) every
 * account has the Team plan and nothing is refused.
 *
 * <p>A downgrade never deletes anything: personal keys beyond the plan stay readable and become
 * read-only (the oldest ones stay writable), teams stay readable and can still be left and have
 * members removed. Runs inside the caller's session or transaction.
 */
@ApplicationScoped
@Unremovable
public class Entitlements {

  private final KeyHavenConfig config;
  private final Clock clock;

  public Entitlements(KeyHavenConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** Whether plans apply at all ({@code keyhaven.billing.enabled}). */
  public boolean enforced() {
    return config.billing().enabled();
  }

  /** The account's plan in force. */
  public Uni<Standing> standing(UUID userId) {
    return read(userId, false);
  }

  /** Before a new live personal key (create, restore): refuses one beyond the plan. */
  public Uni<Void> requireKeySlot(UUID userId) {
    if (!enforced()) {
      return Uni.createFrom().voidItem();
    }
    // The account row lock makes concurrent creates queue, so none slips past the limit.
    return read(userId, true)
        .chain(
            s -> {
              if (s.plan().maxKeys().isEmpty()) {
                return Uni.createFrom().voidItem();
              }
              int max = s.plan().maxKeys().get();
              return liveKeys(userId)
                  .invoke(
                      n -> {
                        if (n >= max) {
                          throw ApiException.planLimit(
                              "The "
                                  + s.plan().wire()
                                  + " plan holds "
                                  + max
                                  + " keys; upgrade to Pro for unlimited keys",
                              Plan.PRO.wire());
                        }
                      })
                  .replaceWithVoid();
            });
  }

  /**
   * Before changing a personal key: a key beyond the plan's limit (after a downgrade) stays
   * readable but is read-only until the account upgrades or deletes older keys.
   */
  public Uni<Void> requireWritableKey(UUID userId, UUID keyId) {
    if (!enforced()) {
      return Uni.createFrom().voidItem();
    }
    return read(userId, false)
        .chain(
            s -> {
              if (s.plan().maxKeys().isEmpty()) {
                return Uni.createFrom().voidItem();
              }
              int max = s.plan().maxKeys().get();
              return keysBefore(userId, keyId)
                  .invoke(
                      rank -> {
                        if (rank >= max) {
                          throw ApiException.planLimit(
                              "This key is beyond the "
                                  + max
                                  + " keys of the "
                                  + s.plan().wire()
                                  + " plan: it stays readable but is read-only; upgrade to Pro"
                                  + " (or delete older keys) to change it",
                              Plan.PRO.wire());
                        }
                      })
                  .replaceWithVoid();
            });
  }

  /** Before using a feature of the caller's own plan. */
  public Uni<Void> require(UUID userId, Feature feature) {
    if (!enforced()) {
      return Uni.createFrom().voidItem();
    }
    return read(userId, false)
        .invoke(
            s -> {
              if (!s.plan().allows(feature)) {
                throw ApiException.planLimit(feature.refusal(), feature.plan().wire());
              }
            })
        .replaceWithVoid();
  }

  /**
   * Before growing or changing a team (its keys, new members): the team owner's plan must include
   * teams. Leaving and removing members are never refused.
   */
  public Uni<Void> requireTeamPlan(UUID teamId) {
    if (!enforced()) {
      return Uni.createFrom().voidItem();
    }
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery("SELECT owner_id FROM teams WHERE id = :id", Object.class)
                    .setParameter("id", teamId)
                    .getResultList())
        .chain(
            rows ->
                rows.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : require(uuid(rows.get(0)), Feature.TEAMS));
  }

  /** The account's usage against its plan. */
  public Uni<Usage> usage(UUID userId) {
    return standing(userId)
        .chain(
            s ->
                liveKeys(userId)
                    .chain(
                        keys ->
                            count("SELECT count(*) FROM teams WHERE owner_id = :u", userId)
                                .map(
                                    teams -> {
                                      long over =
                                          s.enforced() && s.plan().maxKeys().isPresent()
                                              ? Math.max(0, keys - s.plan().maxKeys().get())
                                              : 0;
                                      return new Usage(keys, over, teams);
                                    })));
  }

  // ------------------------------------------------------------------------------- reading

  private Uni<Standing> read(UUID userId, boolean lock) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT subscription_tier, subscription_status, grace_until FROM users"
                            + " WHERE id = :id"
                            + (lock ? " FOR UPDATE" : ""),
                        Object[].class)
                    .setParameter("id", userId)
                    .getResultList())
        .map(
            rows -> {
              if (rows.isEmpty()) {
                throw ApiException.notFound("Account");
              }
              Object[] r = rows.get(0);
              return standingOf((String) r[0], (String) r[1], instant(r[2]));
            });
  }

  /** The plan in force for what the account row says. */
  Standing standingOf(String tier, String status, Instant graceUntil) {
    if (!enforced()) {
      return new Standing(Plan.TEAM, status, graceUntil, false);
    }
    Plan plan = Plan.fromWire(tier).orElse(Plan.FREE);
    boolean lapsed =
        switch (status == null ? "" : status) {
          case "canceled", "unpaid", "incomplete_expired" -> true;
          default -> false;
        };
    if (graceUntil != null && !clock.instant().isBefore(graceUntil)) {
      lapsed = true;
    }
    return new Standing(lapsed ? Plan.FREE : plan, status, graceUntil, true);
  }

  private Uni<Long> liveKeys(UUID userId) {
    return count(
        "SELECT count(*) FROM api_keys WHERE user_id = :u AND team_id IS NULL"
            + " AND deleted_at IS NULL",
        userId);
  }

  /** How many live personal keys come before this one, oldest first. */
  private Uni<Long> keysBefore(UUID userId, UUID keyId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT count(*) FROM api_keys k, api_keys me WHERE me.id = :k"
                            + " AND k.user_id = :u AND k.team_id IS NULL AND k.deleted_at IS NULL"
                            + " AND (k.created_at, k.id) < (me.created_at, me.id)",
                        Object.class)
                    .setParameter("k", keyId)
                    .setParameter("u", userId)
                    .getSingleResult())
        .map(n -> ((Number) n).longValue());
  }

  private static Uni<Long> count(String sql, UUID userId) {
    return Panache.getSession()
        .chain(
            s -> s.createNativeQuery(sql, Object.class).setParameter("u", userId).getSingleResult())
        .map(n -> ((Number) n).longValue());
  }

  private static UUID uuid(Object o) {
    return o instanceof UUID u ? u : UUID.fromString(o.toString());
  }

  static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Instant i) {
      return i;
    }
    if (o instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (o instanceof Date d) {
      return d.toInstant();
    }
    throw new IllegalStateException("Unexpected timestamp type " + o.getClass());
  }
}
