package pro.keyhaven.auth.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.auth.api.AuthBodies.LoginResponse;
import pro.keyhaven.auth.api.AuthBodies.TokenResponse;
import pro.keyhaven.auth.api.AuthBodies.UserSummary;
import pro.keyhaven.auth.api.MfaBodies.LoginOutcome;
import pro.keyhaven.auth.config.AuthConfig;
import pro.keyhaven.auth.mfa.MfaService;
import pro.keyhaven.auth.mfa.RememberedDevices;
import pro.keyhaven.auth.repository.RefreshToken;
import pro.keyhaven.auth.repository.RefreshTokenFamily;
import pro.keyhaven.auth.repository.UserAccount;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.Notifier;
import pro.keyhaven.shared.ratelimit.RateLimiter;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.security.RevokedSessions;
import pro.keyhaven.shared.time.Clocks;

/**
 * Sign-in, token refresh and sign-out. Refresh tokens are opaque, stored hashed, rotated on every
 * use and grouped in a family; presenting a spent one revokes the whole family (the token was
 * copied). Failed logins are throttled per account and per address.
 */
@ApplicationScoped
public class SessionService {

  /** Audit chain for events that belong to no account (e.g. a login for an unknown e-mail). */
  public static final UUID SYSTEM_TENANT = new UUID(0, 0);

  static final String BAD_CREDENTIALS = "E-mail or master password is incorrect";
  private static final String FAILS_BY_ACCOUNT = "login-fail-account";
  private static final String FAILS_BY_IP = "login-fail-ip";

  private final VerifierHasher hasher;
  private final AccessTokens accessTokens;
  private final RateLimiter limiter;
  private final AuditWriter audit;
  private final AuthConfig config;
  private final Vertx vertx;
  private final Clock clock;
  private final RevokedSessions revoked;
  private final MfaService mfa;
  private final RememberedDevices devices;
  private final Notifier notifier;

  public SessionService(
      VerifierHasher hasher,
      AccessTokens accessTokens,
      RateLimiter limiter,
      AuditWriter audit,
      AuthConfig config,
      Vertx vertx,
      Clock clock,
      RevokedSessions revoked,
      MfaService mfa,
      RememberedDevices devices,
      Notifier notifier) {
    this.mfa = mfa;
    this.devices = devices;
    this.notifier = notifier;
    this.hasher = hasher;
    this.accessTokens = accessTokens;
    this.limiter = limiter;
    this.audit = audit;
    this.config = config;
    this.vertx = vertx;
    this.clock = clock;
    this.revoked = revoked;
  }

  public Uni<LoginOutcome> login(
      String rawEmail, String authHashB64, String deviceToken, ClientInfo client) {
    String email = AccountService.normalize(rawEmail);
    byte[] authHash = Base64.getDecoder().decode(authHashB64);
    String ip = client.ipAddress() == null ? "unknown" : client.ipAddress();
    // Each attempt is reserved before the password check, so concurrent attempts cannot all be
    // checked: at most the budget per window reaches the verifier. Success gives the reservation
    // back (account: cleared; address: one returned).
    return limiter
        .reserve(FAILS_BY_ACCOUNT, email, config.maxFailuresPerAccount(), config.failureWindow())
        .chain(
            () ->
                limiter.reserve(FAILS_BY_IP, ip, config.maxFailuresPerIp(), config.failureWindow()))
        .chain(() -> Panache.withSession(() -> UserAccount.findByEmail(email)))
        .chain(
            user ->
                checkOffLoop(user, authHash)
                    .chain(
                        ok ->
                            ok
                                ? succeed(user, email, ip, deviceToken, client)
                                : fail(user, email, client)));
  }

  /** Argon2 is CPU work: off the event loop, back on it for the database. */
  Uni<Boolean> checkOffLoop(UserAccount user, byte[] authHash) {
    return vertx.executeBlocking(
        () -> user == null ? hasher.decoy(authHash) : hasher.matches(authHash, verifierOf(user)),
        false);
  }

  static VerifierHasher.Verifier verifierOf(UserAccount user) {
    return new VerifierHasher.Verifier(
        user.authVerifier,
        user.authSalt,
        user.argon2MemoryKib,
        user.argon2Iterations,
        user.argon2Parallelism);
  }

  private Uni<LoginOutcome> fail(UserAccount user, String email, ClientInfo client) {
    UUID tenant = user == null ? SYSTEM_TENANT : user.id;
    Map<String, Object> meta =
        user == null ? Map.of("reason", "unknown_account") : Map.of("reason", "bad_credentials");
    return Panache.withTransaction(
            () ->
                audit.append(
                    new AuditEvent(
                        tenant,
                        user == null ? null : user.id,
                        "auth.login_failed",
                        "session",
                        null,
                        meta,
                        client)))
        .chain(() -> Uni.createFrom().failure(ApiException.unauthorized(BAD_CREDENTIALS)));
  }

  /**
   * The password was right: the failure count is cleared, then either the second step (when a
   * factor is on: an mfa_token and no tokens) or the tokens.
   */
  private Uni<LoginOutcome> succeed(
      UserAccount user, String email, String ip, String deviceToken, ClientInfo client) {
    return limiter
        .reset(FAILS_BY_ACCOUNT, email)
        .chain(() -> limiter.release(FAILS_BY_IP, ip))
        .chain(() -> mfa.required(user.id))
        .chain(
            required ->
                !required
                    ? issue(user, client, Map.of()).map(r -> (LoginOutcome) r)
                    : devices
                        .recognises(user.id, deviceToken)
                        .chain(
                            remembered ->
                                remembered
                                    ? issue(
                                            user,
                                            client,
                                            Map.of("second_factor", "remembered_device"))
                                        .map(r -> (LoginOutcome) r)
                                    : mfa.challenge(user.id, client).map(c -> (LoginOutcome) c)));
  }

  /** Starts a sign-in of {@code user}: a refresh-token family, audited {@code auth.login}. */
  public Uni<LoginResponse> issue(UserAccount user, ClientInfo client, Map<String, Object> meta) {
    return Panache.withTransaction(
            () ->
                newDeviceAlert(user, client)
                    .chain(() -> startFamily(user.id, client))
                    .call(
                        issued ->
                            audit.append(
                                new AuditEvent(
                                    user.id,
                                    user.id,
                                    "auth.login",
                                    "session",
                                    issued.familyId().toString(),
                                    meta,
                                    client))))
        .map(
            issued ->
                new LoginResponse(
                    accessTokens.issue(user.id, issued.familyId()),
                    issued.refreshToken(),
                    "Bearer",
                    accessTokens.ttlSeconds(),
                    new UserSummary(user.id, user.email, user.subscriptionTier),
                    user.protectedUserKey,
                    Base64.getEncoder().encodeToString(user.publicKey),
                    user.protectedPrivateKey,
                    user.kdf,
                    user.kdfIterations,
                    Base64.getEncoder().encodeToString(user.kdfSalt),
                    null));
  }

  /**
   * A sign-in from a browser or program (user agent) the account has not signed in from before,
   * when it has signed in before at all: audited {@code auth.new_device} and notified.
   */
  private Uni<Void> newDeviceAlert(UserAccount user, ClientInfo client) {
    String agent = client.userAgent() == null ? "" : client.userAgent();
    return RefreshTokenFamily.count("userId", user.id)
        .chain(
            all ->
                all == 0
                    ? Uni.createFrom().item(1L)
                    : RefreshTokenFamily.count(
                        "userId = ?1 and coalesce(userAgent, '') = ?2", user.id, agent))
        .chain(
            seen -> {
              if (seen > 0) {
                return Uni.createFrom().voidItem();
              }
              String device = Devices.describe(client.userAgent());
              String address =
                  client.ipAddress() == null ? "an unknown address" : client.ipAddress();
              return audit
                  .append(
                      new AuditEvent(
                          user.id,
                          user.id,
                          "auth.new_device",
                          "session",
                          null,
                          Map.of("device", device),
                          client))
                  .chain(
                      () ->
                          notifier.notify(
                              user.id,
                              NotificationKind.NEW_DEVICE,
                              "New sign-in from " + device,
                              "Your account was signed in from "
                                  + device
                                  + " at "
                                  + address
                                  + ". If this was not you, sign that session out in Settings and"
                                  + " change your master password."));
            });
  }

  /** A new refresh token and the family it starts. */
  record Issued(UUID familyId, String refreshToken) {
    @Override
    public String toString() {
      return "Issued[family=" + familyId + "]";
    }
  }

  private Uni<Issued> startFamily(UUID userId, ClientInfo client) {
    Instant now = Clocks.now(clock);
    RefreshTokenFamily family = new RefreshTokenFamily();
    family.id = UUID.randomUUID();
    family.userId = userId;
    family.createdAt = now;
    family.expiresAt = now.plus(config.refreshLifetime());
    family.userAgent = client.userAgent();
    family.ipAddress = client.ipAddress();
    family.lastUsedAt = now;
    return family.persist().chain(() -> newToken(family.id, now));
  }

  private Uni<Issued> newToken(UUID familyId, Instant now) {
    String token = Secrets.newToken();
    RefreshToken row = new RefreshToken();
    row.tokenHash = Secrets.digest(token);
    row.familyId = familyId;
    row.issuedAt = now;
    return row.persist().replaceWith(new Issued(familyId, token));
  }

  /** Outcome of a refresh before it is turned into an answer. */
  private record Refreshed(UUID userId, Issued issued) {}

  public Uni<TokenResponse> refresh(String token, ClientInfo client) {
    Instant now = Clocks.now(clock);
    return Panache.withTransaction(
            () ->
                // Locked: two refreshes racing with one token must not both get a new one.
                RefreshToken.<RefreshToken>findById(
                        Secrets.digest(token), LockModeType.PESSIMISTIC_WRITE)
                    .chain(
                        row ->
                            row == null
                                ? Uni.createFrom().<Refreshed>nullItem()
                                : RefreshTokenFamily.<RefreshTokenFamily>findById(row.familyId)
                                    .chain(family -> rotate(row, family, now, client))))
        .map(
            refreshed -> {
              if (refreshed == null || refreshed.issued() == null) {
                throw ApiException.unauthorized("The session has ended; sign in again");
              }
              return new TokenResponse(
                  accessTokens.issue(refreshed.userId(), refreshed.issued().familyId()),
                  refreshed.issued().refreshToken(),
                  "Bearer",
                  accessTokens.ttlSeconds());
            });
  }

  private Uni<Refreshed> rotate(
      RefreshToken row, RefreshTokenFamily family, Instant now, ClientInfo client) {
    if (family == null || !family.usable(now)) {
      return Uni.createFrom().nullItem();
    }
    if (row.usedAt != null) {
      // A spent token came back: someone holds a copy. End the whole sign-in, for both of them.
      family.revokedAt = now;
      family.revokedReason = "reuse_detected";
      return audit
          .append(
              new AuditEvent(
                  family.userId,
                  family.userId,
                  "auth.refresh_reuse_detected",
                  "session",
                  family.id.toString(),
                  Map.of(),
                  client))
          .call(() -> revoked.revoke(List.of(family.id)))
          .replaceWith(new Refreshed(family.userId, null));
    }
    row.usedAt = now;
    family.lastUsedAt = now;
    return newToken(family.id, now).map(issued -> new Refreshed(family.userId, issued));
  }

  /**
   * Ends the sign-in the refresh token belongs to. The token is its own proof (as in RFC 7009): a
   * locked dashboard whose access token has expired can still end its sign-in; an unknown or spent
   * token ends nothing and answers the same.
   */
  public Uni<Void> logout(String token, ClientInfo client) {
    Instant now = Clocks.now(clock);
    return Panache.withTransaction(
        () ->
            RefreshToken.<RefreshToken>findById(Secrets.digest(token))
                .chain(
                    row ->
                        row == null
                            ? Uni.createFrom().nullItem()
                            : RefreshTokenFamily.<RefreshTokenFamily>findById(row.familyId))
                .chain(
                    family -> {
                      if (family == null || family.revokedAt != null) {
                        return Uni.createFrom().voidItem();
                      }
                      UUID userId = family.userId;
                      family.revokedAt = now;
                      family.revokedReason = "logout";
                      return revoked
                          .revoke(List.of(family.id))
                          .chain(
                              () ->
                                  audit.append(
                                      new AuditEvent(
                                          userId,
                                          userId,
                                          "auth.logout",
                                          "session",
                                          family.id.toString(),
                                          Map.of(),
                                          client)));
                    }));
  }

  /** Ends every sign-in of the user ("log out everywhere"). */
  public Uni<Integer> logoutEverywhere(UUID userId, ClientInfo client) {
    Instant now = Clocks.now(clock);
    return Panache.withTransaction(
        () ->
            RefreshTokenFamily.revokeAllOf(userId, null, "logout_all", now)
                .call(revoked::revoke)
                .map(List::size)
                .call(
                    n ->
                        audit.append(
                            new AuditEvent(
                                userId,
                                userId,
                                "auth.logout_all",
                                "session",
                                null,
                                Map.of("sessions", n),
                                client))));
  }
}
