package pro.keyhaven.auth.mfa;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.auth.api.AuthBodies.LoginResponse;
import pro.keyhaven.auth.api.MfaBodies.MfaChallengeResponse;
import pro.keyhaven.auth.api.MfaBodies.MfaLoginRequest;
import pro.keyhaven.auth.api.MfaBodies.MfaStatus;
import pro.keyhaven.auth.api.MfaBodies.RecoveryCodes;
import pro.keyhaven.auth.api.MfaBodies.TotpEnrolment;
import pro.keyhaven.auth.config.AuthConfig;
import pro.keyhaven.auth.repository.MfaChallenge;
import pro.keyhaven.auth.repository.MfaRecoveryCode;
import pro.keyhaven.auth.repository.MfaTotp;
import pro.keyhaven.auth.repository.UserAccount;
import pro.keyhaven.auth.repository.WebauthnKey;
import pro.keyhaven.auth.service.SessionService;
import pro.keyhaven.auth.service.VerifierHasher;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.Notifier;
import pro.keyhaven.shared.ratelimit.RateLimiter;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.snapstart.SnapshotRandoms;
import pro.keyhaven.shared.time.Clocks;

/**
 * Two-step sign-in: TOTP enrolment, recovery codes and the second step of a login. Wrong codes
 * count per account in their own throttle bucket (a correct password does not clear it).
 */
@ApplicationScoped
public class MfaService {

  public static final String ISSUER = "KeyHaven";
  static final String FAILS_BY_ACCOUNT = "mfa-fail-account";
  static final String BAD_SECOND_STEP = "The sign-in code or its step is wrong or has expired";

  /** Wrong codes one mfa_token survives. */
  static final int FAILURES_PER_CHALLENGE = 5;

  static final int RECOVERY_CODES = 10;
  private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = SnapshotRandoms.held();

  private final TotpSecretSealer sealer;
  private final VerifierHasher hasher;
  private final SessionService sessions;
  private final RememberedDevices devices;
  private final RateLimiter limiter;
  private final AuditWriter audit;
  private final Notifier notifier;
  private final AuthConfig config;
  private final Vertx vertx;
  private final Clock clock;

  /** Passkeys and security keys (WebAuthn), a second factor beside TOTP. */
  @jakarta.inject.Inject WebauthnCeremonies webauthn;

  public MfaService(
      TotpSecretSealer sealer,
      VerifierHasher hasher,
      SessionService sessions,
      RememberedDevices devices,
      RateLimiter limiter,
      AuditWriter audit,
      Notifier notifier,
      AuthConfig config,
      Vertx vertx,
      Clock clock) {
    this.sealer = sealer;
    this.hasher = hasher;
    this.sessions = sessions;
    this.devices = devices;
    this.limiter = limiter;
    this.audit = audit;
    this.notifier = notifier;
    this.config = config;
    this.vertx = vertx;
    this.clock = clock;
  }

  // ---- status and enrolment -------------------------------------------------------------------

  public Uni<MfaStatus> status(UUID userId) {
    return Panache.withSession(
        () ->
            MfaTotp.<MfaTotp>findById(userId)
                .chain(
                    totp ->
                        MfaRecoveryCode.count("userId = ?1 and usedAt is null", userId)
                            .chain(
                                left ->
                                    WebauthnService.listed(userId)
                                        .map(
                                            keys ->
                                                new MfaStatus(
                                                    totp != null && totp.on(),
                                                    keys,
                                                    left.intValue())))));
  }

  /**
   * A fresh secret (replacing an unconfirmed one); 409 when TOTP is already on. The account row is
   * locked first: two enrolments sent at once would otherwise both find no row and both insert one.
   */
  public Uni<TotpEnrolment> enrol(UUID userId, ClientInfo client) {
    Instant now = Clocks.now(clock);
    byte[] secret = TotpCodes.newSecret();
    return Panache.withTransaction(
        () ->
            UserAccount.<UserAccount>findById(userId, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.unauthorized("The account no longer exists"))
                .chain(
                    user ->
                        MfaTotp.<MfaTotp>findById(userId, LockModeType.PESSIMISTIC_WRITE)
                            .chain(
                                existing -> {
                                  if (existing != null && existing.on()) {
                                    return Uni.createFrom()
                                        .failure(
                                            ApiException.conflict(
                                                "MFA_ALREADY_ON",
                                                "Two-step sign-in is already on; turn it off"
                                                    + " first"));
                                  }
                                  MfaTotp row = existing == null ? new MfaTotp() : existing;
                                  row.userId = userId;
                                  row.secretSealed = sealer.seal(userId, secret);
                                  row.lastUsedStep = 0;
                                  row.createdAt = now;
                                  Uni<MfaTotp> saved =
                                      existing == null ? row.persist() : Uni.createFrom().item(row);
                                  return saved.replaceWith(
                                      new TotpEnrolment(
                                          TotpCodes.base32(secret),
                                          otpauthUri(user.email, secret)));
                                })));
  }

  static String otpauthUri(String email, byte[] secret) {
    String label =
        URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
    return "otpauth://totp/"
        + label
        + "?secret="
        + TotpCodes.base32(secret)
        + "&issuer="
        + ISSUER
        + "&algorithm=SHA1&digits="
        + TotpCodes.DIGITS
        + "&period="
        + TotpCodes.STEP_SECONDS;
  }

  /** The first code turns TOTP on and answers the first set of recovery codes. */
  public Uni<RecoveryCodes> confirm(UUID userId, String code, ClientInfo client) {
    Instant now = Clocks.now(clock);
    List<String> codes = newRecoveryCodes();
    return guarded(
        userId,
        hashCodes(userId, codes, now)
            .chain(
                rows ->
                    Panache.withTransaction(
                        () ->
                            MfaTotp.<MfaTotp>findById(userId, LockModeType.PESSIMISTIC_WRITE)
                                .chain(
                                    totp -> {
                                      if (totp == null || totp.on()) {
                                        return Uni.createFrom()
                                            .failure(
                                                ApiException.conflict(
                                                    "MFA_NOT_PENDING",
                                                    "Start the enrolment first"));
                                      }
                                      if (!acceptTotp(totp, code, now)) {
                                        return Uni.createFrom().item(false);
                                      }
                                      totp.confirmedAt = now;
                                      return replaceCodes(userId, rows)
                                          .call(
                                              () ->
                                                  audit.append(
                                                      event(userId, "auth.mfa_enabled", client)))
                                          .call(
                                              () ->
                                                  notifier.notify(
                                                      userId,
                                                      NotificationKind.NEW_DEVICE,
                                                      "Two-step sign-in is on",
                                                      "Signing in now asks for a code from your"
                                                          + " authenticator app. Keep your"
                                                          + " recovery codes somewhere safe."))
                                          .replaceWith(true);
                                    }))),
        () -> new RecoveryCodes(codes));
  }

  /** Turns TOTP off (a current code proves the caller holds it); recovery codes go with it. */
  public Uni<Void> disable(UUID userId, String code, ClientInfo client) {
    Instant now = Clocks.now(clock);
    return guarded(
            userId,
            Panache.withTransaction(
                () ->
                    onFactor(userId)
                        .chain(
                            totp -> {
                              if (!acceptTotp(totp, code, now)) {
                                return Uni.createFrom().item(false);
                              }
                              return totp.delete()
                                  .call(() -> devices.forgetAll(userId))
                                  .chain(() -> WebauthnKey.count("userId", userId))
                                  .chain(
                                      passkeys ->
                                          passkeys > 0
                                              // Passkeys keep two-step sign-in on, and the codes.
                                              ? Uni.createFrom().voidItem()
                                              : MfaRecoveryCode.delete("userId", userId)
                                                  .chain(
                                                      () ->
                                                          MfaChallenge.update(
                                                              "usedAt = ?1 where userId = ?2 and"
                                                                  + " usedAt is null",
                                                              now,
                                                              userId))
                                                  .replaceWithVoid())
                                  .call(
                                      () ->
                                          audit.append(event(userId, "auth.mfa_disabled", client)))
                                  .call(
                                      () ->
                                          notifier.notify(
                                              userId,
                                              NotificationKind.NEW_DEVICE,
                                              "Two-step sign-in is off",
                                              "Signing in asks only for the master password now."
                                                  + " If this was not you, change your master"
                                                  + " password."))
                                  .replaceWith(true);
                            })),
            () -> null)
        .replaceWithVoid();
  }

  /** A fresh set of recovery codes; the old ones stop working. */
  public Uni<RecoveryCodes> regenerate(UUID userId, String code, ClientInfo client) {
    Instant now = Clocks.now(clock);
    List<String> codes = newRecoveryCodes();
    return guarded(
        userId,
        hashCodes(userId, codes, now)
            .chain(
                rows ->
                    Panache.withTransaction(
                        () ->
                            onFactor(userId)
                                .chain(
                                    totp -> {
                                      if (!acceptTotp(totp, code, now)) {
                                        return Uni.createFrom().item(false);
                                      }
                                      return replaceCodes(userId, rows)
                                          .call(
                                              () ->
                                                  audit.append(
                                                      event(
                                                          userId,
                                                          "auth.mfa_recovery_codes_renewed",
                                                          client)))
                                          .replaceWith(true);
                                    }))),
        () -> new RecoveryCodes(codes));
  }

  private Uni<MfaTotp> onFactor(UUID userId) {
    return MfaTotp.<MfaTotp>findById(userId, LockModeType.PESSIMISTIC_WRITE)
        .invoke(
            totp -> {
              if (totp == null || !totp.on()) {
                throw ApiException.conflict("MFA_NOT_ON", "Two-step sign-in is not on");
              }
            });
  }

  /**
   * Runs a code check counted by the account's second-factor throttle: reserved first (429 past the
   * budget), given back when the code was right; a wrong code answers 400 INVALID_CODE.
   */
  private <T> Uni<T> guarded(
      UUID userId, Uni<Boolean> check, java.util.function.Supplier<T> answer) {
    String key = userId.toString();
    return limiter
        .reserve(FAILS_BY_ACCOUNT, key, config.maxFailuresPerAccount(), config.failureWindow())
        .chain(() -> check)
        .chain(
            ok -> {
              if (!ok) {
                return Uni.createFrom()
                    .failure(ApiException.validation("INVALID_CODE", "The code is not right"));
              }
              return limiter.release(FAILS_BY_ACCOUNT, key).map(v -> answer.get());
            });
  }

  /** Checks a code against the row (locked by the caller) and spends its step when it matches. */
  private boolean acceptTotp(MfaTotp totp, String code, Instant now) {
    byte[] secret = sealer.open(totp.userId, totp.secretSealed);
    long step = TotpCodes.match(secret, code, now, totp.lastUsedStep);
    java.util.Arrays.fill(secret, (byte) 0);
    if (step < 0) {
      return false;
    }
    totp.lastUsedStep = step;
    return true;
  }

  // ---- recovery codes ---------------------------------------------------------------------------

  static List<String> newRecoveryCodes() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      StringBuilder code = new StringBuilder();
      for (int c = 0; c < 10; c++) {
        if (c == 5) {
          code.append('-');
        }
        code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** Upper case without separators: what is hashed and compared. */
  static byte[] normalize(String code) {
    return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
  }

  /** Argon2id of every code, off the event loop. */
  Uni<List<MfaRecoveryCode>> hashCodes(UUID userId, List<String> codes, Instant now) {
    return vertx.executeBlocking(
        () -> {
          List<MfaRecoveryCode> rows = new ArrayList<>();
          for (String code : codes) {
            VerifierHasher.Verifier v = hasher.create(normalize(code));
            MfaRecoveryCode row = new MfaRecoveryCode();
            row.id = UUID.randomUUID();
            row.userId = userId;
            row.codeHash = v.hash();
            row.salt = v.salt();
            row.argon2MemoryKib = v.memoryKib();
            row.argon2Iterations = v.iterations();
            row.argon2Parallelism = v.parallelism();
            row.createdAt = now;
            rows.add(row);
          }
          return rows;
        },
        false);
  }

  Uni<Void> replaceCodes(UUID userId, List<MfaRecoveryCode> rows) {
    return MfaRecoveryCode.delete("userId", userId)
        .chain(() -> MfaRecoveryCode.persist(rows))
        .replaceWithVoid();
  }

  /** The id of the unused code {@code code} is, or null (every unused code is checked). */
  private Uni<UUID> findRecoveryCode(UUID userId, String code) {
    return Panache.withSession(
            () -> MfaRecoveryCode.<MfaRecoveryCode>list("userId = ?1 and usedAt is null", userId))
        .chain(
            rows ->
                vertx.executeBlocking(
                    () -> {
                      byte[] given = normalize(code);
                      UUID found = null;
                      for (MfaRecoveryCode row : rows) {
                        boolean match =
                            hasher.matches(
                                given,
                                new VerifierHasher.Verifier(
                                    row.codeHash,
                                    row.salt,
                                    row.argon2MemoryKib,
                                    row.argon2Iterations,
                                    row.argon2Parallelism));
                        if (match && found == null) {
                          found = row.id;
                        }
                      }
                      return found;
                    },
                    false));
  }

  // ---- the second step of a login ---------------------------------------------------------------

  /** Methods a challenge can offer; {@link #methods} picks those the account has. */
  static final List<String> METHODS = List.of("totp", "webauthn", "recovery");

  private static Uni<List<String>> methods(UUID userId) {
    return MfaTotp.<MfaTotp>findById(userId)
        .chain(
            totp ->
                WebauthnKey.count("userId", userId)
                    .map(
                        keys ->
                            METHODS.stream()
                                .filter(
                                    m ->
                                        switch (m) {
                                          case "totp" -> totp != null && totp.on();
                                          case "webauthn" -> keys > 0;
                                          default -> true;
                                        })
                                .toList()));
  }

  /** After a correct password: a single-use, short-lived mfa_token instead of tokens. */
  public Uni<MfaChallengeResponse> challenge(UUID userId, ClientInfo client) {
    Instant now = Clocks.now(clock);
    String token = pro.keyhaven.auth.service.Secrets.newToken();
    MfaChallenge row = new MfaChallenge();
    row.tokenHash = pro.keyhaven.auth.service.Secrets.digest(token);
    row.userId = userId;
    row.createdAt = now;
    row.expiresAt = now.plus(config.mfaTokenLifetime());
    row.failures = 0;
    return Panache.withTransaction(
            () ->
                row.persist()
                    .call(() -> audit.append(event(userId, "auth.mfa_challenge", client)))
                    .chain(() -> methods(userId)))
        .map(
            methods ->
                new MfaChallengeResponse(
                    true, token, methods, config.mfaTokenLifetime().toSeconds()));
  }

  /** Whether a login needs a second step. */
  public Uni<Boolean> required(UUID userId) {
    return Panache.withSession(
        () ->
            MfaTotp.<MfaTotp>findById(userId)
                .chain(
                    t ->
                        t != null && t.on()
                            ? Uni.createFrom().item(true)
                            : WebauthnKey.count("userId", userId).map(n -> n > 0)));
  }

  private record Outcome(UUID userId, boolean ok, String method) {}

  /** Finishes a login with a TOTP code or a recovery code; 401 otherwise, 429 past the budget. */
  public Uni<LoginResponse> finish(MfaLoginRequest body, ClientInfo client) {
    boolean totp = body.totpCode() != null;
    boolean recovery = body.recoveryCode() != null;
    boolean passkey = body.webauthn() != null;
    if ((totp ? 1 : 0) + (recovery ? 1 : 0) + (passkey ? 1 : 0) != 1) {
      return Uni.createFrom()
          .failure(
              ApiException.validation(
                  "ONE_CODE", "Give exactly one of totp_code, recovery_code and webauthn"));
    }
    String hash = pro.keyhaven.auth.service.Secrets.digest(body.mfaToken());
    Instant now = Clocks.now(clock);
    return Panache.withSession(() -> MfaChallenge.<MfaChallenge>findById(hash))
        .chain(
            first -> {
              if (first == null || !first.live(now)) {
                return Uni.createFrom()
                    .<LoginResponse>failure(ApiException.unauthorized(BAD_SECOND_STEP));
              }
              UUID userId = first.userId;
              String key = userId.toString();
              return limiter
                  .reserve(
                      FAILS_BY_ACCOUNT, key, config.maxFailuresPerAccount(), config.failureWindow())
                  .chain(
                      () ->
                          recovery
                              ? findRecoveryCode(userId, body.recoveryCode())
                              : Uni.createFrom().<UUID>nullItem())
                  .chain(recoveryId -> settle(hash, userId, body, recoveryId, now, client))
                  .chain(
                      outcome -> {
                        if (!outcome.ok()) {
                          return Uni.createFrom()
                              .<LoginResponse>failure(ApiException.unauthorized(BAD_SECOND_STEP));
                        }
                        return limiter
                            .release(FAILS_BY_ACCOUNT, key)
                            .chain(
                                () ->
                                    Panache.withSession(
                                        () -> UserAccount.<UserAccount>findById(userId)))
                            .chain(
                                user ->
                                    sessions.issue(
                                        user, client, Map.of("second_factor", outcome.method())))
                            .chain(
                                issued ->
                                    Boolean.TRUE.equals(body.rememberDevice())
                                        ? devices
                                            .remember(userId, client)
                                            .map(issued::withDeviceToken)
                                        : Uni.createFrom().item(issued));
                      });
            });
  }

  /** In one transaction: the challenge (locked) is spent on success, counts a failure otherwise. */
  private Uni<Outcome> settle(
      String hash,
      UUID userId,
      MfaLoginRequest body,
      UUID recoveryId,
      Instant now,
      ClientInfo client) {
    String method =
        body.totpCode() != null ? "totp" : body.webauthn() != null ? "webauthn" : "recovery";
    return Panache.withTransaction(
        () ->
            MfaChallenge.<MfaChallenge>findById(hash, LockModeType.PESSIMISTIC_WRITE)
                .chain(
                    ch -> {
                      if (ch == null || !ch.live(now)) {
                        return Uni.createFrom().item(new Outcome(userId, false, method));
                      }
                      Uni<Boolean> check =
                          method.equals("webauthn")
                              ? webauthn.verifyAssertion(userId, hash, body.webauthn(), now, client)
                              : method.equals("totp")
                                  ? MfaTotp.<MfaTotp>findById(
                                          userId, LockModeType.PESSIMISTIC_WRITE)
                                      .map(
                                          t ->
                                              t != null
                                                  && t.on()
                                                  && acceptTotp(t, body.totpCode(), now))
                                  : spendRecoveryCode(recoveryId, now);
                      return check.chain(
                          ok -> {
                            if (ok) {
                              ch.usedAt = now;
                              Uni<Void> extra =
                                  method.equals("recovery")
                                      ? recoveryUsed(userId, client)
                                      : Uni.createFrom().voidItem();
                              return extra.replaceWith(new Outcome(userId, true, method));
                            }
                            ch.failures++;
                            if (ch.failures >= FAILURES_PER_CHALLENGE) {
                              ch.usedAt = now;
                            }
                            return audit
                                .append(
                                    new AuditEvent(
                                        userId,
                                        userId,
                                        "auth.login_failed",
                                        "session",
                                        null,
                                        Map.of("reason", "bad_second_factor", "method", method),
                                        client))
                                .replaceWith(new Outcome(userId, false, method));
                          });
                    }));
  }

  private Uni<Boolean> spendRecoveryCode(UUID id, Instant now) {
    if (id == null) {
      return Uni.createFrom().item(false);
    }
    return MfaRecoveryCode.update("usedAt = ?1 where id = ?2 and usedAt is null", now, id)
        .map(n -> n == 1);
  }

  private Uni<Void> recoveryUsed(UUID userId, ClientInfo client) {
    return MfaRecoveryCode.count("userId = ?1 and usedAt is null", userId)
        .chain(
            left ->
                audit
                    .append(
                        new AuditEvent(
                            userId,
                            userId,
                            "auth.mfa_recovery_code_used",
                            "session",
                            null,
                            Map.of("codes_left", left),
                            client))
                    .call(
                        () ->
                            notifier.notify(
                                userId,
                                NotificationKind.NEW_DEVICE,
                                "A recovery code was used to sign in",
                                "Someone signed in to your account with a recovery code ("
                                    + left
                                    + " left). If this was not you, change your master password"
                                    + " and create new recovery codes in Settings.")))
        .replaceWithVoid();
  }

  private static AuditEvent event(UUID userId, String action, ClientInfo client) {
    return new AuditEvent(userId, userId, action, "mfa", null, Map.of(), client);
  }
}
