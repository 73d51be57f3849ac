package pro.keyhaven.auth.mfa;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.auth.api.MfaBodies.WebauthnCredential;
import pro.keyhaven.auth.api.WebauthnBodies.AuthenticatorSelection;
import pro.keyhaven.auth.api.WebauthnBodies.CreationOptions;
import pro.keyhaven.auth.api.WebauthnBodies.RegisterRequest;
import pro.keyhaven.auth.api.WebauthnBodies.Registered;
import pro.keyhaven.auth.api.WebauthnBodies.RelyingParty;
import pro.keyhaven.auth.api.WebauthnBodies.RequestOptions;
import pro.keyhaven.auth.api.WebauthnBodies.UserEntity;
import pro.keyhaven.auth.config.WebauthnConfig;
import pro.keyhaven.auth.repository.MfaChallenge;
import pro.keyhaven.auth.repository.MfaRecoveryCode;
import pro.keyhaven.auth.repository.MfaTotp;
import pro.keyhaven.auth.repository.RememberedDevice;
import pro.keyhaven.auth.repository.UserAccount;
import pro.keyhaven.auth.repository.WebauthnChallenge;
import pro.keyhaven.auth.repository.WebauthnKey;
import pro.keyhaven.auth.service.Secrets;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.Notifier;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.time.Clocks;

/**
 * A user's passkeys and security keys: registration (the first one turns two-step sign-in on and
 * answers recovery codes, as a confirmed TOTP does), names, removal, and the options of the sign-in
 * step. The assertion itself is checked by {@link MfaService#finish} through {@link
 * WebauthnCeremonies}.
 */
@ApplicationScoped
public class WebauthnService {

  private final WebauthnCeremonies ceremonies;
  private final MfaService mfa;
  private final AuditWriter audit;
  private final Notifier notifier;
  private final Clock clock;

  public WebauthnService(
      WebauthnCeremonies ceremonies,
      MfaService mfa,
      AuditWriter audit,
      Notifier notifier,
      Clock clock) {
    this.ceremonies = ceremonies;
    this.mfa = mfa;
    this.audit = audit;
    this.notifier = notifier;
    this.clock = clock;
  }

  private WebauthnConfig config() {
    return ceremonies.config();
  }

  /** The user's passkeys, oldest first (inside a session). */
  static Uni<List<WebauthnCredential>> listed(UUID userId) {
    return WebauthnKey.<WebauthnKey>list("userId = ?1 order by createdAt, id", userId)
        .map(keys -> keys.stream().map(WebauthnService::body).toList());
  }

  static WebauthnCredential body(WebauthnKey key) {
    return new WebauthnCredential(key.id, key.name, key.createdAt, key.lastUsedAt);
  }

  /** Creation options with a fresh registration challenge; 409 past the passkey limit. */
  public Uni<CreationOptions> creationOptions(UUID userId) {
    Instant now = Clocks.now(clock);
    WebauthnConfig c = config();
    return Panache.withTransaction(
        () ->
            UserAccount.<UserAccount>findById(userId)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.unauthorized("The account no longer exists"))
                .chain(
                    user ->
                        WebauthnKey.<WebauthnKey>list("userId", userId)
                            .chain(
                                keys -> {
                                  if (keys.size() >= c.maxCredentials()) {
                                    return Uni.createFrom().failure(tooMany(c));
                                  }
                                  return ceremonies
                                      .newChallenge(userId, WebauthnChallenge.REGISTER, null, now)
                                      .map(
                                          challenge ->
                                              new CreationOptions(
                                                  new RelyingParty(c.rpId(), c.rpName()),
                                                  new UserEntity(
                                                      WebauthnCeremonies.b64(
                                                          WebauthnCeremonies.userHandle(userId)),
                                                      user.email,
                                                      user.email),
                                                  WebauthnCeremonies.b64(challenge),
                                                  WebauthnCeremonies.parameters(),
                                                  c.challengeLifetime().toMillis(),
                                                  keys.stream()
                                                      .map(WebauthnCeremonies::descriptor)
                                                      .toList(),
                                                  new AuthenticatorSelection(
                                                      "preferred", "preferred"),
                                                  "none"));
                                })));
  }

  private static ApiException tooMany(WebauthnConfig c) {
    return ApiException.conflict(
        "TOO_MANY_PASSKEYS",
        "An account can have " + c.maxCredentials() + " passkeys; remove one first");
  }

  /** Whether the account has no second factor yet (inside a session). */
  private static Uni<Boolean> noFactor(UUID userId) {
    return MfaTotp.<MfaTotp>findById(userId)
        .chain(
            totp ->
                totp != null && totp.on()
                    ? Uni.createFrom().item(false)
                    : WebauthnKey.count("userId", userId).map(n -> n == 0));
  }

  /**
   * Registers a passkey answered to a registration challenge of the caller. When it is the first
   * second factor, two-step sign-in is on and ten recovery codes come back, shown this once.
   */
  public Uni<Registered> register(UUID userId, RegisterRequest body, ClientInfo client) {
    Instant now = Clocks.now(clock);
    String name = body.name().strip();
    if (name.isEmpty()) {
      return Uni.createFrom()
          .failure(ApiException.validation("INVALID_NAME", "Give the passkey a name"));
    }
    List<String> codes = MfaService.newRecoveryCodes();
    // The Argon2id hashes of the codes are made before the transaction, and only when needed.
    return Panache.withSession(() -> noFactor(userId))
        .chain(
            first ->
                first
                    ? mfa.hashCodes(userId, codes, now)
                    : Uni.createFrom().<List<MfaRecoveryCode>>item(List.of()))
        .chain(
            rows ->
                Panache.withTransaction(
                    () ->
                        UserAccount.<UserAccount>findById(userId, LockModeType.PESSIMISTIC_WRITE)
                            .onItem()
                            .ifNull()
                            .failWith(
                                () -> ApiException.unauthorized("The account no longer exists"))
                            .chain(() -> noFactor(userId))
                            .chain(
                                first ->
                                    WebauthnKey.count("userId", userId)
                                        .chain(
                                            count -> {
                                              if (count >= config().maxCredentials()) {
                                                return Uni.createFrom()
                                                    .<Registered>failure(tooMany(config()));
                                              }
                                              return store(
                                                  userId,
                                                  name,
                                                  body,
                                                  first && !rows.isEmpty() ? rows : null,
                                                  codes,
                                                  now,
                                                  client);
                                            }))));
  }

  private Uni<Registered> store(
      UUID userId,
      String name,
      RegisterRequest body,
      List<MfaRecoveryCode> rows,
      List<String> codes,
      Instant now,
      ClientInfo client) {
    return ceremonies
        .register(userId, body.credential(), now)
        .chain(
            created ->
                WebauthnKey.count("credentialId", (Object) created.credentialId())
                    .chain(
                        taken -> {
                          if (taken > 0) {
                            return Uni.createFrom()
                                .<Registered>failure(
                                    ApiException.conflict(
                                        "PASSKEY_EXISTS", "This passkey is already registered"));
                          }
                          WebauthnKey key = new WebauthnKey();
                          key.id = UUID.randomUUID();
                          key.userId = userId;
                          key.credentialId = created.credentialId();
                          key.publicKeyCose = created.publicKeyCose();
                          key.signCount = created.signCount();
                          key.name = name;
                          key.transports = created.transports();
                          key.createdAt = now;
                          boolean first = rows != null;
                          return key.<WebauthnKey>persist()
                              .call(
                                  () ->
                                      first
                                          ? mfa.replaceCodes(userId, rows)
                                          : Uni.createFrom().voidItem())
                              .call(
                                  () ->
                                      audit.append(
                                          event(
                                              userId,
                                              "auth.webauthn_added",
                                              key.id,
                                              Map.of("name", name),
                                              client)))
                              .call(
                                  () ->
                                      first
                                          ? audit.append(
                                              new AuditEvent(
                                                  userId,
                                                  userId,
                                                  "auth.mfa_enabled",
                                                  "mfa",
                                                  null,
                                                  Map.of("method", "webauthn"),
                                                  client))
                                          : Uni.createFrom().voidItem())
                              .call(
                                  () ->
                                      notifier.notify(
                                          userId,
                                          NotificationKind.NEW_DEVICE,
                                          first ? "Two-step sign-in is on" : "A passkey was added",
                                          first
                                              ? "Signing in now asks for your passkey \""
                                                  + name
                                                  + "\" after the master password. Keep your"
                                                  + " recovery codes somewhere safe."
                                              : "The passkey \""
                                                  + name
                                                  + "\" can now finish your sign-ins. If this"
                                                  + " was not you, change your master password."))
                              .map(
                                  saved ->
                                      new Registered(
                                          key.id, key.name, key.createdAt, first ? codes : null));
                        }));
  }

  /** Renames one of the caller's passkeys; 404 for any other id. */
  public Uni<WebauthnCredential> rename(UUID userId, UUID id, String name, ClientInfo client) {
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      return Uni.createFrom()
          .failure(ApiException.validation("INVALID_NAME", "Give the passkey a name"));
    }
    return Panache.withTransaction(
        () ->
            owned(userId, id)
                .chain(
                    key -> {
                      String before = key.name;
                      key.name = trimmed;
                      return audit
                          .append(
                              event(
                                  userId,
                                  "auth.webauthn_renamed",
                                  key.id,
                                  Map.of("from", before, "to", trimmed),
                                  client))
                          .map(v -> body(key));
                    }));
  }

  /**
   * Removes one of the caller's passkeys; 404 for any other id. The last second factor going turns
   * two-step sign-in off (its recovery codes and pending sign-in steps go with it).
   */
  public Uni<Void> remove(UUID userId, UUID id, ClientInfo client) {
    Instant now = Clocks.now(clock);
    return Panache.withTransaction(
        () ->
            UserAccount.<UserAccount>findById(userId, LockModeType.PESSIMISTIC_WRITE)
                .chain(() -> owned(userId, id))
                .chain(
                    key ->
                        key.delete()
                            .call(
                                () ->
                                    audit.append(
                                        event(
                                            userId,
                                            "auth.webauthn_removed",
                                            key.id,
                                            Map.of("name", key.name),
                                            client)))
                            .chain(() -> noFactor(userId))
                            .chain(
                                none -> {
                                  if (!none) {
                                    return notifier.notify(
                                        userId,
                                        NotificationKind.NEW_DEVICE,
                                        "A passkey was removed",
                                        "The passkey \""
                                            + key.name
                                            + "\" no longer finishes your sign-ins.");
                                  }
                                  return MfaRecoveryCode.delete("userId", userId)
                                      // No second step is left for a remembered device to skip.
                                      .call(() -> RememberedDevice.delete("userId", userId))
                                      .call(
                                          () ->
                                              MfaChallenge.update(
                                                  "usedAt = ?1 where userId = ?2 and usedAt is null",
                                                  now,
                                                  userId))
                                      .call(
                                          () ->
                                              audit.append(
                                                  new AuditEvent(
                                                      userId,
                                                      userId,
                                                      "auth.mfa_disabled",
                                                      "mfa",
                                                      null,
                                                      Map.of("method", "webauthn"),
                                                      client)))
                                      .call(
                                          () ->
                                              notifier.notify(
                                                  userId,
                                                  NotificationKind.NEW_DEVICE,
                                                  "Two-step sign-in is off",
                                                  "Your last passkey was removed: signing in asks"
                                                      + " only for the master password now. If"
                                                      + " this was not you, change your master"
                                                      + " password."))
                                      .replaceWithVoid();
                                })));
  }

  private static Uni<WebauthnKey> owned(UUID userId, UUID id) {
    return WebauthnKey.<WebauthnKey>findById(id, LockModeType.PESSIMISTIC_WRITE)
        .map(
            key -> {
              if (key == null || !key.userId.equals(userId)) {
                throw ApiException.notFound("Passkey");
              }
              return key;
            });
  }

  /**
   * Request options for the second step of the login whose mfa_token is given: a fresh challenge
   * bound to that token and the account's passkeys. 401 for an unknown, used or expired token; 409
   * NO_PASSKEY when the account has none.
   */
  public Uni<RequestOptions> requestOptions(String mfaToken) {
    Instant now = Clocks.now(clock);
    String hash = Secrets.digest(mfaToken);
    WebauthnConfig c = config();
    return Panache.withTransaction(
        () ->
            MfaChallenge.<MfaChallenge>findById(hash)
                .chain(
                    ch -> {
                      if (ch == null || !ch.live(now)) {
                        return Uni.createFrom()
                            .<RequestOptions>failure(
                                ApiException.unauthorized(MfaService.BAD_SECOND_STEP));
                      }
                      return WebauthnKey.<WebauthnKey>list(
                              "userId = ?1 order by createdAt, id", ch.userId)
                          .chain(
                              keys -> {
                                if (keys.isEmpty()) {
                                  return Uni.createFrom()
                                      .<RequestOptions>failure(
                                          ApiException.conflict(
                                              "NO_PASSKEY", "This account has no passkey"));
                                }
                                return ceremonies
                                    .newChallenge(ch.userId, WebauthnChallenge.LOGIN, hash, now)
                                    .map(
                                        challenge ->
                                            new RequestOptions(
                                                WebauthnCeremonies.b64(challenge),
                                                c.rpId(),
                                                keys.stream()
                                                    .map(WebauthnCeremonies::descriptor)
                                                    .toList(),
                                                "preferred",
                                                c.challengeLifetime().toMillis()));
                              });
                    }));
  }

  private static AuditEvent event(
      UUID userId, String action, UUID keyId, Map<String, Object> meta, ClientInfo client) {
    return new AuditEvent(userId, userId, action, "webauthn", keyId.toString(), meta, client);
  }
}
