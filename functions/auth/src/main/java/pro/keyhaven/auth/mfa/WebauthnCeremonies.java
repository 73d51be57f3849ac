package pro.keyhaven.auth.mfa;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import pro.keyhaven.auth.api.WebauthnBodies.AssertionCredential;
import pro.keyhaven.auth.api.WebauthnBodies.AttestationCredential;
import pro.keyhaven.auth.api.WebauthnBodies.CredentialDescriptor;
import pro.keyhaven.auth.api.WebauthnBodies.CredentialParameter;
import pro.keyhaven.auth.config.WebauthnConfig;
import pro.keyhaven.auth.repository.WebauthnChallenge;
import pro.keyhaven.auth.repository.WebauthnKey;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.snapstart.SnapshotRandoms;

/**
 * The WebAuthn ceremonies, checked by webauthn4j: challenges (stored as their SHA-256, short-lived,
 * single use), a new credential's attestation ("none" or any other format, whose trust is not
 * checked: the key only has to prove possession) and a sign-in assertion (origin, relying party,
 * challenge, signature, user presence and the signature counter).
 */
@ApplicationScoped
public class WebauthnCeremonies {

  private static final Logger LOG = Logger.getLogger(WebauthnCeremonies.class);
  private static final SecureRandom RANDOM = SnapshotRandoms.held();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();

  /** Offered algorithms, in order of preference: ES256, EdDSA, RS256. */
  static final List<COSEAlgorithmIdentifier> ALGORITHMS =
      List.of(
          COSEAlgorithmIdentifier.ES256,
          COSEAlgorithmIdentifier.EdDSA,
          COSEAlgorithmIdentifier.RS256);

  static final Set<String> TRANSPORTS = Set.of("usb", "nfc", "ble", "internal", "hybrid");

  private final WebauthnConfig config;
  private final AuditWriter audit;
  private final ObjectConverter converter = new ObjectConverter();
  private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);

  public WebauthnCeremonies(WebauthnConfig config, AuditWriter audit) {
    this.config = config;
    this.audit = audit;
  }

  public WebauthnConfig config() {
    return config;
  }

  static String b64(byte[] bytes) {
    return B64.encodeToString(bytes);
  }

  /** Unpadded base64url (the bodies' pattern has been checked); null for null. */
  static byte[] unb64(String text) {
    return text == null ? null : B64_DECODE.decode(text);
  }

  static String hash(byte[] challenge) {
    try {
      return HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(challenge));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The user handle: the account id's 16 bytes (no e-mail or other personal data). */
  static byte[] userHandle(UUID userId) {
    return ByteBuffer.allocate(16)
        .putLong(userId.getMostSignificantBits())
        .putLong(userId.getLeastSignificantBits())
        .array();
  }

  static List<CredentialParameter> parameters() {
    return ALGORITHMS.stream()
        .map(a -> new CredentialParameter("public-key", a.getValue()))
        .toList();
  }

  static CredentialDescriptor descriptor(WebauthnKey key) {
    List<String> transports =
        key.transports == null || key.transports.isEmpty()
            ? List.of()
            : List.of(key.transports.split(","));
    return new CredentialDescriptor("public-key", b64(key.credentialId), transports);
  }

  static String transports(List<String> given) {
    if (given == null) {
      return null;
    }
    Set<String> kept = new LinkedHashSet<>();
    for (String t : given) {
      if (TRANSPORTS.contains(t)) {
        kept.add(t);
      }
    }
    return kept.isEmpty() ? null : String.join(",", kept);
  }

  /** A fresh challenge, stored (run inside a transaction). */
  public Uni<byte[]> newChallenge(UUID userId, String purpose, String mfaTokenHash, Instant now) {
    byte[] challenge = new byte[32];
    RANDOM.nextBytes(challenge);
    WebauthnChallenge row = new WebauthnChallenge();
    row.challengeHash = hash(challenge);
    row.userId = userId;
    row.purpose = purpose;
    row.mfaTokenHash = mfaTokenHash;
    row.createdAt = now;
    row.expiresAt = now.plus(config.challengeLifetime());
    return row.persist().replaceWith(challenge);
  }

  /** Spends the stored challenge the client data names, when it is live and fits; else false. */
  private Uni<Boolean> spendChallenge(
      byte[] challenge, UUID userId, String purpose, String mfaTokenHash, Instant now) {
    if (challenge == null) {
      return Uni.createFrom().item(false);
    }
    return WebauthnChallenge.<WebauthnChallenge>findById(
            hash(challenge), LockModeType.PESSIMISTIC_WRITE)
        .map(
            row -> {
              if (row == null
                  || !row.live(now)
                  || !row.userId.equals(userId)
                  || !row.purpose.equals(purpose)
                  || (mfaTokenHash != null && !mfaTokenHash.equals(row.mfaTokenHash))) {
                return false;
              }
              row.usedAt = now;
              return true;
            });
  }

  private ServerProperty server(byte[] challenge) {
    Set<Origin> origins = new HashSet<>();
    for (String o : config.origins()) {
      origins.add(new Origin(o.trim()));
    }
    return ServerProperty.builder()
        .origins(origins)
        .rpId(config.rpId())
        .challenge(new DefaultChallenge(challenge))
        .build();
  }

  private List<PublicKeyCredentialParameters> allowed() {
    return ALGORITHMS.stream()
        .map(a -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, a))
        .toList();
  }

  /** What a verified registration stores. */
  public record NewKey(
      byte[] credentialId, byte[] publicKeyCose, long signCount, String transports) {}

  /**
   * Checks a new credential against a registration challenge of {@code userId} (spent here, inside
   * the caller's transaction); 400 WEBAUTHN_INVALID when anything does not hold.
   */
  public Uni<NewKey> register(UUID userId, AttestationCredential credential, Instant now) {
    RegistrationData parsed;
    try {
      parsed =
          manager.parse(
              new RegistrationRequest(
                  unb64(credential.response().attestationObject()),
                  unb64(credential.response().clientDataJson())));
    } catch (RuntimeException e) {
      return Uni.createFrom().failure(invalid("The passkey's answer cannot be read"));
    }
    byte[] challenge =
        parsed.getCollectedClientData() == null
                || parsed.getCollectedClientData().getChallenge() == null
            ? null
            : parsed.getCollectedClientData().getChallenge().getValue();
    return spendChallenge(challenge, userId, WebauthnChallenge.REGISTER, null, now)
        .map(
            live -> {
              if (!live) {
                throw invalid("The registration has expired or was already used; start again");
              }
              try {
                manager.verify(
                    parsed, new RegistrationParameters(server(challenge), allowed(), false, true));
              } catch (RuntimeException e) {
                LOG.debugf("registration refused: %s", e.toString());
                throw invalid("The passkey's answer does not hold: " + reason(e));
              }
              var authData = parsed.getAttestationObject().getAuthenticatorData();
              AttestedCredentialData data = authData.getAttestedCredentialData();
              byte[] cose = converter.getCborConverter().writeValueAsBytes(data.getCOSEKey());
              return new NewKey(
                  data.getCredentialId(),
                  cose,
                  authData.getSignCount(),
                  transports(credential.response().transports()));
            });
  }

  private static String reason(RuntimeException e) {
    String name = e.getClass().getSimpleName();
    return switch (name) {
      case "BadOriginException" -> "wrong origin";
      case "BadRpIdException" -> "wrong relying party";
      case "BadChallengeException" -> "wrong challenge";
      case "BadSignatureException" -> "bad signature";
      case "UserNotPresentException" -> "no user presence";
      case "NotAllowedAlgorithmException" -> "algorithm not offered";
      default -> "invalid";
    };
  }

  private static ApiException invalid(String message) {
    return ApiException.validation("WEBAUTHN_INVALID", message);
  }

  /**
   * Checks a sign-in assertion of {@code userId} for the mfa_token whose hash is {@code
   * mfaTokenHash}, inside the caller's transaction: the challenge is spent, and on success the
   * credential's counter and last use are updated. A counter that did not go up is audited as a
   * possible clone and refused.
   */
  public Uni<Boolean> verifyAssertion(
      UUID userId,
      String mfaTokenHash,
      AssertionCredential assertion,
      Instant now,
      ClientInfo client) {
    AuthenticationData parsed;
    byte[] credentialId;
    try {
      credentialId = unb64(assertion.id());
      parsed =
          manager.parse(
              new AuthenticationRequest(
                  credentialId,
                  unb64(assertion.response().userHandle()),
                  unb64(assertion.response().authenticatorData()),
                  unb64(assertion.response().clientDataJson()),
                  null,
                  unb64(assertion.response().signature())));
    } catch (RuntimeException e) {
      return Uni.createFrom().item(false);
    }
    byte[] challenge =
        parsed.getCollectedClientData() == null
                || parsed.getCollectedClientData().getChallenge() == null
            ? null
            : parsed.getCollectedClientData().getChallenge().getValue();
    byte[] handle = parsed.getUserHandle();
    if (handle != null && handle.length > 0 && !Arrays.equals(handle, userHandle(userId))) {
      return Uni.createFrom().item(false);
    }
    return spendChallenge(challenge, userId, WebauthnChallenge.LOGIN, mfaTokenHash, now)
        .chain(
            live ->
                !live
                    ? Uni.createFrom().item(false)
                    : WebauthnKey.<WebauthnKey>find(
                            "userId = ?1 and credentialId = ?2", userId, credentialId)
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .firstResult()
                        .chain(key -> check(key, parsed, challenge, now, client)));
  }

  private Uni<Boolean> check(
      WebauthnKey key,
      AuthenticationData parsed,
      byte[] challenge,
      Instant now,
      ClientInfo client) {
    if (key == null) {
      return Uni.createFrom().item(false);
    }
    CredentialRecordImpl record;
    try {
      COSEKey cose = converter.getCborConverter().readValue(key.publicKeyCose, COSEKey.class);
      record =
          new CredentialRecordImpl(
              new NoneAttestationStatement(),
              null,
              null,
              null,
              key.signCount,
              new AttestedCredentialData(AAGUID.ZERO, key.credentialId, cose),
              null,
              null,
              null,
              null);
    } catch (RuntimeException e) {
      LOG.warnf("stored passkey %s cannot be read: %s", key.id, e.toString());
      return Uni.createFrom().item(false);
    }
    try {
      manager.verify(
          parsed,
          new AuthenticationParameters(
              server(challenge), record, List.of(key.credentialId), false, true));
    } catch (MaliciousCounterValueException e) {
      return audit
          .append(
              new AuditEvent(
                  key.userId,
                  key.userId,
                  "auth.webauthn_clone_warning",
                  "webauthn",
                  key.id.toString(),
                  Map.of(
                      "stored_count",
                      key.signCount,
                      "presented_count",
                      parsed.getAuthenticatorData() == null
                          ? -1
                          : parsed.getAuthenticatorData().getSignCount()),
                  client))
          .replaceWith(false);
    } catch (RuntimeException e) {
      LOG.debugf("assertion refused: %s", e.toString());
      return Uni.createFrom().item(false);
    }
    key.signCount = parsed.getAuthenticatorData().getSignCount();
    key.lastUsedAt = now;
    return Uni.createFrom().item(true);
  }
}
