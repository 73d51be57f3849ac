package pro.keyhaven.rotation.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import pro.keyhaven.rotation.delivery.RotatedValueTarget;
import pro.keyhaven.rotation.provider.ProviderFailure;
import pro.keyhaven.rotation.provider.Rotator;
import pro.keyhaven.rotation.provider.Rotator.NewCredential;
import pro.keyhaven.rotation.provider.Rotators;
import pro.keyhaven.rotation.repository.ManagedRotation;
import pro.keyhaven.rotation.repository.RotationConnection;
import pro.keyhaven.rotation.repository.RotationRunRow;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.crypto.HpkeSeal;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.Notifier;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.time.Clocks;

/**
 * The staged rotation state machine (docs/rotation.md): {@code idle → creating → testing →
 * finishing → grace → revoking → idle}, {@code failed} from any step with a retry later, and a
 * rollback inside the grace period. Each step's provider call runs between two short transactions;
 * each transaction locks the key's rotation row and checks that the run it belongs to is still the
 * current one, so two runners (the job and a click) never rotate a key twice. A new value exists in
 * clear only in memory between the provider's answer and its sealing (HPKE to the vault's public
 * key); only a member's browser can open it. Once it is current, and before the old credential can
 * be revoked, the {@link RotatedValueTarget}s (the GitHub Actions secrets the key was pushed to)
 * get it sealed to their own keys; then it is forgotten.
 */
@ApplicationScoped
public class RotationEngine {

  private static final Logger LOG = Logger.getLogger(RotationEngine.class);

  /** A step that has not moved for this long was interrupted (a killed function). */
  static final Duration STUCK = Duration.ofMinutes(15);

  static final Set<String> BUSY = Set.of("creating", "testing", "finishing", "revoking");

  private final Rotators rotators;
  private final Credentials credentials;
  private final AuditWriter audit;
  private final Notifier notifier;
  private final List<RotatedValueTarget> targets;
  private final Clock clock;

  public RotationEngine(
      Rotators rotators,
      Credentials credentials,
      AuditWriter audit,
      Notifier notifier,
      Instance<RotatedValueTarget> targets,
      Clock clock) {
    this.rotators = rotators;
    this.credentials = credentials;
    this.audit = audit;
    this.notifier = notifier;
    this.targets = targets.stream().toList();
    this.clock = clock;
  }

  /** What a claimed step needs outside the transaction. */
  record Claim(
      UUID keyId,
      UUID runId,
      UUID ownerId,
      UUID teamId,
      Rotator rotator,
      Map<String, String> credential,
      Map<String, String> target,
      String currentRef,
      String cleanupRef,
      String revokeRef,
      byte[] vaultPublicKey) {
    @Override
    public String toString() {
      return "Claim[" + keyId + ", run " + runId + "]";
    }
  }

  // ---- a run -----------------------------------------------------------------------------------

  /**
   * Starts a run for the key (or, when a revocation failed, retries that) and drives it as far as
   * it goes now; answers the run id and the state it reached. {@code strict}: a key already
   * rotating answers 409 (a click); otherwise it is skipped (the job), answering null.
   */
  public Uni<Map.Entry<UUID, String>> run(UUID keyId, String trigger, UUID actor, boolean strict) {
    return claimStart(keyId, trigger, actor, strict)
        .chain(
            claim -> {
              if (claim == null) {
                return Uni.createFrom().nullItem();
              }
              Uni<String> driven =
                  claim.revokeRef() != null ? revokeSteps(claim, actor) : createSteps(claim, actor);
              return driven.map(state -> Map.entry(claim.runId(), state));
            });
  }

  private Uni<String> createSteps(Claim claim, UUID actor) {
    Uni<Void> cleanup =
        claim.cleanupRef() != null && !claim.cleanupRef().equals(claim.currentRef())
            ? claim.rotator().revoke(claim.credential(), claim.target(), claim.cleanupRef())
            : Uni.createFrom().voidItem();
    return cleanup
        .chain(() -> claim.rotator().create(claim.credential(), claim.target(), claim.currentRef()))
        .call(fresh -> stage(claim, fresh))
        .call(fresh -> claim.rotator().test(claim.credential(), claim.target(), fresh))
        .chain(
            fresh ->
                finish(claim, fresh, actor)
                    .call(finished -> deliver(claim, finished.version(), fresh.value()))
                    .map(Finished::graceHours))
        .invoke(
            graceHours ->
                LOG.infof(
                    "Key %s rotated at %s (run %s); the old credential is revoked in %d h",
                    claim.keyId(), claim.rotator().provider(), claim.runId(), graceHours))
        .chain(
            graceHours ->
                graceHours == 0
                    ? claimRevoke(claim.keyId(), claim.runId())
                        .chain(
                            c -> c == null ? Uni.createFrom().item("grace") : revokeSteps(c, actor))
                    : Uni.createFrom().item("grace"))
        .onFailure()
        .recoverWithUni(t -> failed(claim, t));
  }

  private Uni<String> revokeSteps(Claim claim, UUID actor) {
    return claim
        .rotator()
        .revoke(claim.credential(), claim.target(), claim.revokeRef())
        .chain(() -> completed(claim))
        .invoke(
            () ->
                LOG.infof(
                    "Key %s: the old credential is revoked at %s (run %s)",
                    claim.keyId(), claim.rotator().provider(), claim.runId()))
        .onFailure()
        .recoverWithUni(t -> failed(claim, t));
  }

  /** Locks the row; moves idle/failed to creating (or a failed revocation to revoking). */
  private Uni<Claim> claimStart(UUID keyId, String trigger, UUID actor, boolean strict) {
    Instant now = Clocks.now(clock);
    return Panache.withTransaction(
        () ->
            ManagedRotation.<ManagedRotation>findById(keyId, LockModeType.PESSIMISTIC_WRITE)
                .chain(
                    m -> {
                      if (m == null) {
                        return strict
                            ? Uni.createFrom()
                                .failure(
                                    ApiException.conflict(
                                        "ROTATION_NOT_CONFIGURED",
                                        "Set up managed rotation for this key first"))
                            : Uni.createFrom().nullItem();
                      }
                      boolean startable = "idle".equals(m.state) || "failed".equals(m.state);
                      if (!startable) {
                        return strict
                            ? Uni.createFrom()
                                .failure(
                                    ApiException.conflict(
                                        "ROTATION_IN_PROGRESS",
                                        "This key is being rotated, or its old credential is in"
                                            + " its grace period (state "
                                            + m.state
                                            + ")"))
                            : Uni.createFrom().nullItem();
                      }
                      boolean revokeRetry = "failed".equals(m.state) && m.previousRef != null;
                      UUID runId = revokeRetry && m.runId != null ? m.runId : UUID.randomUUID();
                      m.state = revokeRetry ? "revoking" : "creating";
                      m.updatedAt = now;
                      Uni<RotationRunRow> run;
                      if (revokeRetry && m.runId != null) {
                        run =
                            RotationRunRow.<RotationRunRow>findById(runId)
                                .invoke(
                                    r -> {
                                      if (r != null && !"rolled_back".equals(r.state)) {
                                        r.state = "revoking";
                                      }
                                      if (r != null) {
                                        r.error = null;
                                      }
                                    });
                      } else {
                        RotationRunRow r = new RotationRunRow();
                        r.id = runId;
                        r.keyId = keyId;
                        r.state = "creating";
                        r.trigger = trigger;
                        r.startedAt = now;
                        m.runId = runId;
                        run = r.persist();
                      }
                      return run.chain(() -> load(m, revokeRetry, m.previousRef));
                    }));
  }

  private Uni<Claim> claimRevoke(UUID keyId, UUID runId) {
    Instant now = Clocks.now(clock);
    return Panache.withTransaction(
        () ->
            ManagedRotation.<ManagedRotation>findById(keyId, LockModeType.PESSIMISTIC_WRITE)
                .chain(
                    m -> {
                      if (m == null
                          || !"grace".equals(m.state)
                          || (runId != null && !runId.equals(m.runId))) {
                        return Uni.createFrom().nullItem();
                      }
                      m.state = "revoking";
                      m.updatedAt = now;
                      return RotationRunRow.<RotationRunRow>findById(m.runId)
                          .invoke(r -> r.state = "revoking")
                          .chain(() -> load(m, true, m.previousRef));
                    }));
  }

  /** The connection's credential (opened), the key's vault and its public key. */
  private Uni<Claim> load(ManagedRotation m, boolean revoking, String revokeRef) {
    return RotationConnection.<RotationConnection>findById(m.connectionId)
        .chain(
            c ->
                Panache.getSession()
                    .chain(
                        s ->
                            s.createNativeQuery(
                                    "SELECT k.user_id, k.team_id, CASE WHEN k.team_id IS NULL"
                                        + " THEN u.public_key ELSE t.public_key END FROM api_keys"
                                        + " k JOIN users u ON u.id = k.user_id LEFT JOIN teams t"
                                        + " ON t.id = k.team_id WHERE k.id = ?1 AND k.deleted_at"
                                        + " IS NULL",
                                    Object[].class)
                                .setParameter(1, m.keyId)
                                .getResultList())
                    .map(
                        rows -> {
                          if (rows.isEmpty()) {
                            throw new ProviderFailure("The key was deleted");
                          }
                          Object[] row = rows.get(0);
                          Rotator rotator = rotators.of(c.provider);
                          return new Claim(
                              m.keyId,
                              m.runId,
                              (UUID) row[0],
                              (UUID) row[1],
                              rotator,
                              credentials.open(c),
                              Map.copyOf(m.target),
                              m.currentRef,
                              revoking ? null : m.pendingRef,
                              revoking ? revokeRef : null,
                              (byte[]) row[2]);
                        }));
  }

  /** The new value sealed to the vault at once, kept as pending while it is tested. */
  private Uni<Void> stage(Claim claim, NewCredential fresh) {
    String sealed = seal(claim, fresh.value());
    Instant now = Clocks.now(clock);
    return inRun(
        claim,
        m -> {
          m.pendingRef = fresh.ref();
          m.pendingSealed = sealed;
          m.state = "testing";
          m.updatedAt = now;
          return runRow(claim)
              .invoke(r -> r.state = "testing")
              .chain(
                  () ->
                      RotationConnection.update(
                          "lastUsedAt = ?1 where id = ?2", now, m.connectionId))
              .chain(
                  () ->
                      record(
                          claim,
                          claim.ownerId(),
                          "key.rotation_created",
                          Map.of("provider", claim.rotator().provider(), "ref", fresh.ref())));
        });
  }

  /**
   * The tested value becomes current: the client's ciphertext of the old value is kept as a
   * version, the key's sealed value is the new one and its version goes up; the old credential
   * stays valid for the grace period. Answers the grace hours and the new version.
   */
  private Uni<Finished> finish(Claim claim, NewCredential fresh, UUID actor) {
    Instant now = Clocks.now(clock);
    UUID createdBy = actor != null ? actor : claim.ownerId();
    return Panache.withTransaction(
        () ->
            locked(claim)
                .chain(
                    m ->
                        Panache.getSession()
                            .chain(
                                s ->
                                    s.createNativeQuery(
                                            "SELECT version, encrypted_value, iv, sealed_value"
                                                + " FROM api_keys WHERE id = ?1 AND deleted_at IS"
                                                + " NULL FOR UPDATE",
                                            Object[].class)
                                        .setParameter(1, claim.keyId())
                                        .getResultList()
                                        .chain(
                                            rows -> {
                                              if (rows.isEmpty()) {
                                                throw new ProviderFailure("The key was deleted");
                                              }
                                              int version = ((Number) rows.get(0)[0]).intValue();
                                              boolean clientCiphertext = rows.get(0)[3] == null;
                                              Uni<Integer> kept =
                                                  clientCiphertext
                                                      ? s.createNativeQuery(
                                                              "INSERT INTO api_key_versions"
                                                                  + " (key_id, version,"
                                                                  + " encrypted_value, iv,"
                                                                  + " created_by, created_at)"
                                                                  + " SELECT id, version,"
                                                                  + " encrypted_value, iv, ?2, ?3"
                                                                  + " FROM api_keys WHERE id = ?1"
                                                                  + " ON CONFLICT DO NOTHING")
                                                          .setParameter(1, claim.keyId())
                                                          .setParameter(2, createdBy)
                                                          .setParameter(
                                                              3, now.atOffset(ZoneOffset.UTC))
                                                          .executeUpdate()
                                                      : Uni.createFrom().item(0);
                                              return kept.chain(
                                                      () ->
                                                          s.createNativeQuery(
                                                                  "UPDATE api_keys SET"
                                                                      + " sealed_value = ?2,"
                                                                      + " version = version + 1,"
                                                                      + " last_rotated = ?3,"
                                                                      + " updated_at = ?3 WHERE"
                                                                      + " id = ?1")
                                                              .setParameter(1, claim.keyId())
                                                              .setParameter(2, m.pendingSealed)
                                                              .setParameter(
                                                                  3, now.atOffset(ZoneOffset.UTC))
                                                              .executeUpdate())
                                                  .chain(() -> runRow(claim))
                                                  .chain(
                                                      r -> {
                                                        r.state = "grace";
                                                        // Only a client's ciphertext can come back
                                                        // on rollback.
                                                        r.previousVersion =
                                                            clientCiphertext ? version : null;
                                                        r.newVersion = version + 1;
                                                        m.previousRef = fresh.replaces();
                                                        m.currentRef = m.pendingRef;
                                                        m.pendingRef = null;
                                                        m.pendingSealed = null;
                                                        m.state = "grace";
                                                        m.graceUntil =
                                                            now.plus(
                                                                Duration.ofHours(m.graceHours));
                                                        m.retryAt = null;
                                                        m.attempts = 0;
                                                        m.nextDueAt =
                                                            m.intervalDays == null
                                                                ? null
                                                                : now.plus(
                                                                    Duration.ofDays(
                                                                        m.intervalDays));
                                                        m.updatedAt = now;
                                                        Map<String, Object> meta = new HashMap<>();
                                                        meta.put("managed", true);
                                                        meta.put(
                                                            "provider", claim.rotator().provider());
                                                        meta.put("version", version + 1);
                                                        meta.put("grace_hours", m.graceHours);
                                                        return record(
                                                                claim,
                                                                createdBy,
                                                                "key.rotated",
                                                                meta)
                                                            .chain(
                                                                () ->
                                                                    notifier.notify(
                                                                        claim.ownerId(),
                                                                        NotificationKind
                                                                            .ROTATION_DONE,
                                                                        "A key was rotated",
                                                                        "KeyHaven made a new"
                                                                            + " credential at "
                                                                            + claim
                                                                                .rotator()
                                                                                .provider()
                                                                            + " and sealed it to"
                                                                            + " your vault. Unlock"
                                                                            + " the vault to store"
                                                                            + " it; the old one"
                                                                            + " works for "
                                                                            + m.graceHours
                                                                            + " more hours."))
                                                            .replaceWith(
                                                                new Finished(
                                                                    m.graceHours, version + 1));
                                                      });
                                            }))));
  }

  /** The grace hours of a finished run and the key version its value became. */
  private record Finished(int graceHours, int version) {}

  /** The new value to each place that holds it; a target's failure is its own to report. */
  private Uni<Void> deliver(Claim claim, int version, String value) {
    Uni<Void> all = Uni.createFrom().voidItem();
    for (RotatedValueTarget target : targets) {
      all =
          all.call(
              () ->
                  target
                      .deliver(claim.keyId(), version, value)
                      .onFailure()
                      .recoverWithItem(
                          e -> {
                            LOG.warnf(
                                "A rotated value of key %s could not be delivered by %s (%s)",
                                claim.keyId(),
                                target.getClass().getSimpleName(),
                                e.getClass().getSimpleName());
                            return null;
                          }));
    }
    return all;
  }

  private Uni<String> completed(Claim claim) {
    Instant now = Clocks.now(clock);
    return inRun(
            claim,
            m -> {
              String revoked = m.previousRef;
              m.previousRef = null;
              m.state = "idle";
              m.graceUntil = null;
              m.retryAt = null;
              m.attempts = 0;
              m.updatedAt = now;
              return runRow(claim)
                  .invoke(
                      r -> {
                        if (!"rolled_back".equals(r.state)) {
                          r.state = "done";
                          r.finishedAt = now;
                        }
                        r.error = null;
                      })
                  .chain(
                      () ->
                          record(
                              claim,
                              claim.ownerId(),
                              "key.rotation_old_revoked",
                              revoked == null ? Map.of() : Map.of("ref", revoked)));
            })
        .replaceWith("idle");
  }

  /** A step failed: the row says so, a retry is planned, the owner is told. */
  private Uni<String> failed(Claim claim, Throwable t) {
    String reason =
        t instanceof ProviderFailure || t instanceof ApiException
            ? t.getMessage()
            : "An internal error interrupted the rotation";
    if (!(t instanceof ProviderFailure)) {
      LOG.warnf(t, "Rotation of key %s failed", claim.keyId());
    }
    Instant now = Clocks.now(clock);
    return inRun(
            claim,
            m -> {
              m.state = "failed";
              m.attempts++;
              m.retryAt = now.plus(backoff(m.attempts));
              m.updatedAt = now;
              int attempts = m.attempts;
              return runRow(claim)
                  .invoke(
                      r -> {
                        if (!"rolled_back".equals(r.state)) {
                          r.state = "failed";
                        }
                        r.finishedAt = now;
                        r.error = reason.length() > 500 ? reason.substring(0, 500) : reason;
                      })
                  .chain(
                      () ->
                          record(
                              claim,
                              claim.ownerId(),
                              "key.rotation_failed",
                              Map.of("error", reason, "attempts", attempts)))
                  .chain(
                      () ->
                          attempts == 1 || attempts % 5 == 0
                              ? notifier.notify(
                                  claim.ownerId(),
                                  NotificationKind.ROTATION_FAILED,
                                  "A managed rotation failed",
                                  "Rotating a key at "
                                      + claim.rotator().provider()
                                      + " failed: "
                                      + reason
                                      + ". KeyHaven tries again later; the current credential"
                                      + " keeps working.")
                              : Uni.createFrom().voidItem());
            })
        .replaceWith("failed")
        .onFailure()
        .recoverWithItem(
            again -> {
              LOG.warnf(again, "The failure of key %s's rotation was not stored", claim.keyId());
              return "failed";
            });
  }

  static Duration backoff(int attempts) {
    long minutes = 15L << Math.min(Math.max(attempts - 1, 0), 7);
    return Duration.ofMinutes(Math.min(minutes, 24 * 60));
  }

  // ---- rollback --------------------------------------------------------------------------------

  /**
   * Inside the grace period: in one transaction the key's value goes back to the one before (its
   * kept ciphertext, as a new version) and the new credential becomes the one to revoke; then it is
   * revoked at the provider (a failure there is retried like any revocation, while the old
   * credential, which was never revoked, keeps working). 409 outside the grace period, or when the
   * value before was never stored by a client (a rotation on top of a sealed value).
   */
  public Uni<Void> rollback(UUID keyId, UUID actor) {
    Instant now = Clocks.now(clock);
    return Panache.withTransaction(
            () ->
                ManagedRotation.<ManagedRotation>findById(keyId, LockModeType.PESSIMISTIC_WRITE)
                    .chain(
                        m -> {
                          if (m == null
                              || !"grace".equals(m.state)
                              || m.graceUntil == null
                              || !now.isBefore(m.graceUntil)) {
                            return Uni.createFrom()
                                .failure(
                                    ApiException.conflict(
                                        "ROLLBACK_WINDOW_CLOSED",
                                        "Only a rotation in its grace period can be rolled back"));
                          }
                          return RotationRunRow.<RotationRunRow>findById(m.runId)
                              .chain(r -> restorePrevious(m, r, now))
                              .chain(
                                  r -> {
                                    String fresh = m.currentRef;
                                    m.currentRef = m.previousRef;
                                    m.previousRef = fresh;
                                    m.state = "revoking";
                                    m.graceUntil = null;
                                    m.updatedAt = now;
                                    r.state = "rolled_back";
                                    r.finishedAt = now;
                                    return load(m, true, m.previousRef);
                                  })
                              .call(
                                  claim ->
                                      record(
                                          claim,
                                          actor,
                                          "key.rotation_rolled_back",
                                          claim.revokeRef() == null
                                              ? Map.of()
                                              : Map.of("revoked_ref", claim.revokeRef())));
                        }))
        .chain(claim -> revokeSteps(claim, actor))
        .replaceWithVoid();
  }

  /** The key's value before the run, current again as a new version; 409 when it is not kept. */
  private Uni<RotationRunRow> restorePrevious(ManagedRotation m, RotationRunRow r, Instant now) {
    if (r == null || r.previousVersion == null) {
      return Uni.createFrom()
          .failure(
              ApiException.conflict(
                  "NO_PREVIOUS_VALUE",
                  "The value before this rotation was never stored by a client, so it cannot come"
                      + " back"));
    }
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "UPDATE api_keys k SET encrypted_value = v.encrypted_value, iv = v.iv,"
                            + " sealed_value = NULL, version = k.version + 1, updated_at = ?3 FROM"
                            + " api_key_versions v WHERE k.id = ?1 AND v.key_id = k.id AND"
                            + " v.version = ?2")
                    .setParameter(1, m.keyId)
                    .setParameter(2, r.previousVersion)
                    .setParameter(3, now.atOffset(ZoneOffset.UTC))
                    .executeUpdate())
        .map(
            updated -> {
              if (updated == 0) {
                throw ApiException.conflict(
                    "NO_PREVIOUS_VALUE", "The value before this rotation is not kept");
              }
              return r;
            });
  }

  // ---- the job ---------------------------------------------------------------------------------

  /** What one pass of the job did. */
  public record Pass(int started, int revoked, int retried, int interrupted) {}

  /**
   * One pass: interrupted steps become failed (to be retried), then due rotations start, grace
   * periods that ended revoke the old credential, and failed ones whose retry time came run again;
   * at most {@code limit} keys.
   */
  public Uni<Pass> advance(int limit) {
    Instant now = Clocks.now(clock);
    return Panache.withTransaction(
            () ->
                Panache.getSession()
                    .chain(
                        s ->
                            s.createNativeQuery(
                                    "UPDATE managed_rotations SET state = 'failed', retry_at = ?1,"
                                        + " attempts = attempts + 1, updated_at = ?1 WHERE state IN"
                                        + " ('creating', 'testing', 'finishing', 'revoking') AND"
                                        + " updated_at < ?2")
                                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                                .setParameter(2, now.minus(STUCK).atOffset(ZoneOffset.UTC))
                                .executeUpdate()))
        .chain(
            interrupted ->
                Panache.withSession(
                        () ->
                            Panache.getSession()
                                .chain(
                                    s ->
                                        s.createNativeQuery(
                                                "SELECT m.key_id, m.state FROM managed_rotations m"
                                                    + " JOIN api_keys k ON k.id = m.key_id AND"
                                                    + " k.deleted_at IS NULL WHERE (m.state ="
                                                    + " 'grace' AND m.grace_until <= ?1) OR"
                                                    + " (m.state = 'idle' AND m.next_due_at <= ?1)"
                                                    + " OR (m.state = 'failed' AND m.retry_at <="
                                                    + " ?1) ORDER BY m.updated_at LIMIT ?2",
                                                Object[].class)
                                            .setParameter(1, now.atOffset(ZoneOffset.UTC))
                                            .setParameter(2, limit)
                                            .getResultList()))
                    .chain(rows -> work(rows, interrupted)));
  }

  /**
   * {@link #advance} from a thread that is not on Vert.x (a Lambda handler, a test): runs it on a
   * fresh Vert.x context, as the reactive sessions need, and waits for it.
   */
  public Pass advanceAndWait(int limit) {
    try {
      return io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> advance(limit));
    } catch (Throwable t) {
      throw new IllegalStateException("The rotation pass failed", t);
    }
  }

  private Uni<Pass> work(List<Object[]> rows, int interrupted) {
    int[] counts = new int[3];
    List<Object[]> due = new ArrayList<>(rows);
    return Multi.createFrom()
        .iterable(due)
        .onItem()
        .transformToUniAndConcatenate(
            row -> {
              UUID keyId = (UUID) row[0];
              String state = (String) row[1];
              Uni<?> step =
                  switch (state) {
                    case "grace" ->
                        claimRevoke(keyId, null)
                            .chain(
                                c ->
                                    c == null
                                        ? Uni.createFrom().nullItem()
                                        : revokeSteps(c, null).invoke(() -> counts[1]++));
                    case "failed" -> run(keyId, "retry", null, false).invoke(() -> counts[2]++);
                    default -> run(keyId, "schedule", null, false).invoke(() -> counts[0]++);
                  };
              return step.onFailure()
                  .recoverWithItem(
                      t -> {
                        LOG.warnf(t, "Managed rotation of key %s could not advance", keyId);
                        return null;
                      })
                  .replaceWith(keyId);
            })
        .collect()
        .asList()
        .map(done -> new Pass(counts[0], counts[1], counts[2], interrupted));
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private String seal(Claim claim, String value) {
    UUID vault = claim.teamId() != null ? claim.teamId() : claim.ownerId();
    try {
      return HpkeSeal.sealWrapped(
          claim.vaultPublicKey(),
          value.getBytes(StandardCharsets.UTF_8),
          HpkeSeal.serverValueInfo(vault.toString(), claim.keyId().toString()));
    } catch (GeneralSecurityException e) {
      throw new ProviderFailure("The vault's public key cannot be sealed to");
    }
  }

  /** In a transaction: the locked row, if this run is still its current one. */
  private Uni<Void> inRun(
      Claim claim, java.util.function.Function<ManagedRotation, Uni<Void>> work) {
    return Panache.withTransaction(() -> locked(claim).chain(m -> work.apply(m)));
  }

  private Uni<ManagedRotation> locked(Claim claim) {
    return ManagedRotation.<ManagedRotation>findById(claim.keyId(), LockModeType.PESSIMISTIC_WRITE)
        .map(
            m -> {
              if (m == null || !claim.runId().equals(m.runId)) {
                throw new ProviderFailure("The rotation was changed by another run");
              }
              return m;
            });
  }

  private Uni<RotationRunRow> runRow(Claim claim) {
    return RotationRunRow.<RotationRunRow>findById(claim.runId())
        .map(
            r -> {
              if (r == null) {
                throw new IllegalStateException("a rotation run row is missing");
              }
              return r;
            });
  }

  private Uni<Void> record(Claim claim, UUID actor, String action, Map<String, Object> meta) {
    return audit.append(
        new AuditEvent(
            AuditWriter.keyTenant(claim.ownerId(), claim.teamId()),
            actor != null ? actor : claim.ownerId(),
            action,
            "api_key",
            claim.keyId().toString(),
            meta,
            ClientInfo.NONE));
  }
}
