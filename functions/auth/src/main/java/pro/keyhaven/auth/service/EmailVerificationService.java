package pro.keyhaven.auth.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.auth.repository.UserAccount;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.notify.EmailVerificationPolicy;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.Notifier;
import pro.keyhaven.shared.notify.NotifyConfig;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.snapstart.SnapshotRandoms;
import pro.keyhaven.shared.time.Clocks;

/**
 * E-mail verification where a mail sender is configured: a 256-bit one-time token in a link mailed
 * to the address (the {@code email_verification} notification), kept only as its SHA-256, valid for
 * 48 hours. Local mode without mail: off, every address counts as verified.
 */
@ApplicationScoped
public class EmailVerificationService {

  static final Duration VALID_FOR = Duration.ofHours(48);
  private static final SecureRandom RANDOM = SnapshotRandoms.held();

  private final EmailVerificationPolicy policy;
  private final Notifier notifier;
  private final NotifyConfig notifyConfig;
  private final AuditWriter audit;
  private final Clock clock;

  public EmailVerificationService(
      EmailVerificationPolicy policy,
      Notifier notifier,
      NotifyConfig notifyConfig,
      AuditWriter audit,
      Clock clock) {
    this.policy = policy;
    this.notifier = notifier;
    this.notifyConfig = notifyConfig;
    this.audit = audit;
    this.clock = clock;
  }

  public boolean required() {
    return policy.required();
  }

  /** Whether the account counts as verified (verified, or verification off). */
  public boolean satisfied(UserAccount user) {
    return policy.satisfied(user.emailVerifiedAt != null);
  }

  /**
   * Inside the caller's transaction: when verification is on and the address is not verified, a new
   * token and its mail (earlier unused tokens of the user stop working).
   */
  public Uni<Void> send(UserAccount user) {
    if (!policy.required() || user.emailVerifiedAt != null) {
      return Uni.createFrom().voidItem();
    }
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    Instant now = Clocks.now(clock);
    String link =
        notifyConfig.email().dashboardUrl().replaceAll("/+$", "")
            + "/#/verify-email?token="
            + token;
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "DELETE FROM email_verifications WHERE user_id = ?1 AND used_at IS NULL")
                    .setParameter(1, user.id)
                    .executeUpdate()
                    .chain(
                        () ->
                            s.createNativeQuery(
                                    "INSERT INTO email_verifications"
                                        + " (token_hash, user_id, email, created_at, expires_at)"
                                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                                .setParameter(1, digest(token))
                                .setParameter(2, user.id)
                                .setParameter(3, user.email)
                                .setParameter(4, now)
                                .setParameter(5, now.plus(VALID_FOR))
                                .executeUpdate()))
        .chain(
            () ->
                notifier.notify(
                    user.id,
                    NotificationKind.EMAIL_VERIFICATION,
                    "Confirm your e-mail address",
                    "Open the link in the mail KeyHaven sent to this address to confirm it. Until"
                        + " then, teams cannot invite you. The link works for 48 hours.",
                    link));
  }

  /** Sends the link again to the signed-in user (nothing to do when verified or off). */
  public Uni<Boolean> resend(UUID userId) {
    return Panache.withTransaction(
        () ->
            UserAccount.<UserAccount>findById(userId)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.unauthorized("The account no longer exists"))
                .call(this::send)
                .map(this::satisfied));
  }

  /**
   * Marks the address verified for a valid, unused, unexpired token of an address the account still
   * has; anything else is one 400 {@code INVALID_TOKEN}.
   */
  public Uni<Void> verify(String token, ClientInfo client) {
    Instant now = Clocks.now(clock);
    byte[] hash = digest(token);
    return Panache.withTransaction(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.createNativeQuery(
                                "UPDATE email_verifications SET used_at = ?2 WHERE token_hash = ?1"
                                    + " AND used_at IS NULL AND expires_at > ?2"
                                    + " RETURNING CAST(user_id AS text) || ' ' || email",
                                String.class)
                            .setParameter(1, hash)
                            .setParameter(2, now)
                            .getSingleResultOrNull())
                .chain(
                    row -> {
                      if (row == null) {
                        return Uni.createFrom().failure(invalid());
                      }
                      int space = row.indexOf(' ');
                      UUID userId = UUID.fromString(row.substring(0, space));
                      String email = row.substring(space + 1);
                      return UserAccount.<UserAccount>findById(userId)
                          .chain(
                              user -> {
                                if (user == null || !user.email.equalsIgnoreCase(email)) {
                                  return Uni.createFrom().failure(invalid());
                                }
                                if (user.emailVerifiedAt == null) {
                                  user.emailVerifiedAt = now;
                                }
                                return audit.append(
                                    new AuditEvent(
                                        user.id,
                                        user.id,
                                        "auth.email_verified",
                                        "user",
                                        user.id.toString(),
                                        Map.of(),
                                        client));
                              });
                    }));
  }

  private static ApiException invalid() {
    return ApiException.validation(
        "INVALID_TOKEN", "This verification link is invalid, used or expired: send a new one");
  }

  static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
