package pro.keyhaven.auth.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import pro.keyhaven.auth.api.AuthBodies.ChangePasswordRequest;
import pro.keyhaven.auth.api.AuthBodies.PreloginResponse;
import pro.keyhaven.auth.api.AuthBodies.PublicKeyResponse;
import pro.keyhaven.auth.api.AuthBodies.RegisterRequest;
import pro.keyhaven.auth.api.MeResponse;
import pro.keyhaven.auth.repository.RefreshTokenFamily;
import pro.keyhaven.auth.repository.RememberedDevice;
import pro.keyhaven.auth.repository.UserAccount;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.ratelimit.RateLimiter;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.security.RevokedSessions;
import pro.keyhaven.shared.time.Clocks;

/**
 * Accounts: registration, prelogin parameters, the profile, master-password change (a re-wrap of
 * the user key: no item is re-encrypted) and public-key lookup for sharing.
 */
@ApplicationScoped
public class AccountService {

  private final VerifierHasher hasher;
  private final PreloginParameters prelogin;
  private final AuditWriter audit;
  private final RateLimiter limiter;
  private final pro.keyhaven.auth.config.AuthConfig config;
  private final Vertx vertx;
  private final Clock clock;
  private final RevokedSessions revokedSessions;
  private final EmailVerificationService verification;

  public AccountService(
      VerifierHasher hasher,
      PreloginParameters prelogin,
      AuditWriter audit,
      RateLimiter limiter,
      pro.keyhaven.auth.config.AuthConfig config,
      Vertx vertx,
      Clock clock,
      RevokedSessions revokedSessions,
      EmailVerificationService verification) {
    this.verification = verification;
    this.hasher = hasher;
    this.prelogin = prelogin;
    this.audit = audit;
    this.limiter = limiter;
    this.config = config;
    this.vertx = vertx;
    this.clock = clock;
    this.revokedSessions = revokedSessions;
  }

  static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  public Uni<PreloginResponse> prelogin(String rawEmail) {
    String email = normalize(rawEmail);
    return Panache.withSession(() -> UserAccount.findByEmail(email))
        .map(
            user ->
                user != null
                    ? new PreloginResponse(
                        user.kdf,
                        user.kdfIterations,
                        Base64.getEncoder().encodeToString(user.kdfSalt))
                    : new PreloginResponse(
                        PreloginParameters.KDF,
                        PreloginParameters.DEFAULT_ITERATIONS,
                        Base64.getEncoder().encodeToString(prelogin.decoySalt(email))));
  }

  public Uni<UUID> register(RegisterRequest req, ClientInfo client) {
    String email = normalize(req.email());
    byte[] authHash = Base64.getDecoder().decode(req.authHash());
    return vertx
        .executeBlocking(() -> hasher.create(authHash), false)
        .chain(
            verifier -> {
              Instant now = Clocks.now(clock);
              UserAccount user = new UserAccount();
              user.id = UUID.randomUUID();
              user.email = email;
              user.subscriptionTier = "free";
              user.subscriptionStatus = "active";
              user.preferences = new HashMap<>();
              user.authVerifier = verifier.hash();
              user.authSalt = verifier.salt();
              user.argon2MemoryKib = verifier.memoryKib();
              user.argon2Iterations = verifier.iterations();
              user.argon2Parallelism = verifier.parallelism();
              user.kdf = req.kdf();
              user.kdfIterations = req.kdfIterations();
              user.kdfSalt = Base64.getDecoder().decode(req.kdfSalt());
              user.protectedUserKey = req.protectedUserKey();
              user.publicKey = Base64.getDecoder().decode(req.publicKey());
              user.protectedPrivateKey = req.protectedPrivateKey();
              user.createdAt = now;
              user.updatedAt = now;
              return Panache.withTransaction(
                  () ->
                      UserAccount.findByEmail(email)
                          .chain(
                              existing -> {
                                if (existing != null) {
                                  return Uni.createFrom()
                                      .failure(
                                          ApiException.conflict(
                                              "EMAIL_TAKEN", "An account with this e-mail exists"));
                                }
                                return user.persistAndFlush()
                                    .call(
                                        () ->
                                            audit.append(
                                                new AuditEvent(
                                                    user.id,
                                                    user.id,
                                                    "auth.register",
                                                    "user",
                                                    user.id.toString(),
                                                    Map.of("kdf_iterations", user.kdfIterations),
                                                    client)))
                                    .call(() -> verification.send(user))
                                    .replaceWith(user.id);
                              }));
            })
        .onFailure(AccountService::isUniqueViolation)
        .transform(e -> ApiException.conflict("EMAIL_TAKEN", "An account with this e-mail exists"));
  }

  /** Two registrations racing for one e-mail: the unique index decides, the loser gets 409. */
  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException c && "23505".equals(c.getSQLState())) {
        return true;
      }
      if (t.getMessage() != null && t.getMessage().contains("users_email_uq")) {
        return true;
      }
    }
    return false;
  }

  public Uni<MeResponse> profile(UUID userId) {
    return Panache.withSession(() -> UserAccount.<UserAccount>findById(userId))
        .onItem()
        .ifNull()
        .failWith(() -> ApiException.unauthorized("The account no longer exists"))
        .map(
            u ->
                new MeResponse(
                    u.id,
                    u.email,
                    u.subscriptionTier,
                    u.createdAt,
                    u.preferences,
                    verification.satisfied(u),
                    verification.required()));
  }

  /**
   * Re-wraps the user key under a new master password: checks the current auth hash, stores the new
   * verifier and KDF parameters and ends every other sign-in.
   */
  public Uni<Void> changePassword(
      UUID userId, String sessionId, ChangePasswordRequest req, ClientInfo client) {
    byte[] current = Base64.getDecoder().decode(req.authHash());
    byte[] next = Base64.getDecoder().decode(req.newAuthHash());
    String bucket = "password-fail";
    // Reserved before the check, as for logins: concurrent guesses cannot all be checked.
    return limiter
        .reserve(bucket, userId.toString(), config.maxFailuresPerAccount(), config.failureWindow())
        .chain(() -> Panache.withSession(() -> UserAccount.<UserAccount>findById(userId)))
        .onItem()
        .ifNull()
        .failWith(() -> ApiException.unauthorized("The account no longer exists"))
        .chain(
            user ->
                vertx
                    .executeBlocking(
                        () ->
                            hasher.matches(current, SessionService.verifierOf(user))
                                ? hasher.create(next)
                                : null,
                        false)
                    .chain(
                        verifier -> {
                          if (verifier == null) {
                            return Uni.createFrom()
                                .failure(
                                    ApiException.validation(
                                        "WRONG_PASSWORD",
                                        "The current master password is incorrect"));
                          }
                          return limiter
                              .reset(bucket, userId.toString())
                              .chain(() -> store(user.id, sessionId, verifier, req, client));
                        }));
  }

  private Uni<Void> store(
      UUID userId,
      String sessionId,
      VerifierHasher.Verifier verifier,
      ChangePasswordRequest req,
      ClientInfo client) {
    Instant now = Clocks.now(clock);
    UUID keep = parseOrNull(sessionId);
    return Panache.withTransaction(
        () ->
            UserAccount.<UserAccount>findById(userId)
                .chain(
                    user -> {
                      user.authVerifier = verifier.hash();
                      user.authSalt = verifier.salt();
                      user.argon2MemoryKib = verifier.memoryKib();
                      user.argon2Iterations = verifier.iterations();
                      user.argon2Parallelism = verifier.parallelism();
                      user.kdfIterations =
                          req.newKdfIterations() == null
                              ? user.kdfIterations
                              : req.newKdfIterations();
                      user.kdfSalt = Base64.getDecoder().decode(req.newKdfSalt());
                      user.protectedUserKey = req.newProtectedUserKey();
                      user.updatedAt = now;
                      return RefreshTokenFamily.revokeAllOf(userId, keep, "password_changed", now);
                    })
                .call(revokedSessions::revoke)
                // A remembered device skipped the second step with the old password; no longer.
                .call(() -> RememberedDevice.delete("userId", userId))
                .map(List::size)
                .chain(
                    revoked ->
                        audit.append(
                            new AuditEvent(
                                userId,
                                userId,
                                "auth.password_changed",
                                "user",
                                userId.toString(),
                                Map.of("sessions_revoked", revoked),
                                client))));
  }

  public Uni<PublicKeyResponse> publicKey(String rawEmail) {
    String email = normalize(rawEmail);
    return Panache.withSession(() -> UserAccount.findByEmail(email))
        .map(
            user -> {
              if (user == null) {
                throw ApiException.notFound("User");
              }
              return new PublicKeyResponse(
                  user.id, Base64.getEncoder().encodeToString(user.publicKey));
            });
  }

  private static UUID parseOrNull(String s) {
    try {
      return s == null ? null : UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
