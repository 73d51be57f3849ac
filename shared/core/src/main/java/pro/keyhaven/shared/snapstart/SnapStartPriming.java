package pro.keyhaven.shared.snapstart;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import pro.keyhaven.shared.error.ApiError;
import pro.keyhaven.shared.error.ErrorType;
import pro.keyhaven.shared.http.ApiObjectMapper;
import pro.keyhaven.shared.paging.Page;

/**
 * The SnapStart runtime hook of every function (the JVM runtime publishes versions with SnapStart;
 * Quarkus starts the whole application before the snapshot, {@code quarkus.snapstart.full-warmup}).
 *
 * <p>Before the checkpoint it warms what a request runs, with made-up data and without opening any
 * network connection: the API's JSON (an {@link ApiError} and a typical body, written and read),
 * the JCA providers (SHA-256, HMAC, AES-GCM, RSA and EC signatures) and the access-token verifier
 * (an RS256 token signed with a throwaway key and checked by jose4j, which smallrye-jwt runs). It
 * then refuses the checkpoint if the database pool holds a connection: a socket frozen in a
 * snapshot is dead in every environment restored from it.
 *
 * <p>After a restore it reseeds every held {@link SecureRandom} ({@link SnapshotRandoms}), so that
 * no two environments restored from one snapshot share a generator state.
 */
@ApplicationScoped
public class SnapStartPriming implements Resource {

  private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);

  /** Classes of the access-token check loaded and initialised ahead (absent ones are skipped). */
  static final List<String> VERIFIER_CLASSES =
      List.of(
          "io.smallrye.jwt.auth.principal.DefaultJWTParser",
          "io.smallrye.jwt.auth.principal.DefaultJWTTokenParser",
          "io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal",
          "io.smallrye.jwt.auth.principal.JWTAuthContextInfo",
          "org.jose4j.jwk.JsonWebKeySet",
          "org.jose4j.jwk.RsaJsonWebKey",
          "com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent");

  private static final String PRIMING = "snapstart-priming";

  /** What one priming did (counts only: nothing it touched is secret, and none of it is kept). */
  public record Report(
      int jsonRoundTrips, List<String> algorithms, boolean tokenVerified, int classesInitialised) {}

  private final ObjectMapper api;
  private final IntSupplier pooledConnections;

  @Inject
  public SnapStartPriming(ObjectMapper platform, Instance<Pool> pools) {
    this(
        new ApiObjectMapper(platform).getContext(Object.class),
        // Every Pool bean of the default datasource (the same pool may be offered as more than one
        // type): the most connections any of them holds.
        () -> pools.stream().mapToInt(Pool::size).max().orElse(0));
  }

  /**
   * @param api the mapper of the API's bodies (snake_case, strict)
   * @param pooledConnections how many database connections the pool holds now
   */
  public SnapStartPriming(ObjectMapper api, IntSupplier pooledConnections) {
    this.api = api;
    this.pooledConnections = pooledConnections;
  }

  /** Registered once the application has started, which SnapStart does before its checkpoint. */
  void register(@Observes StartupEvent started) {
    Core.getGlobalContext().register(this);
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
    Report report = prime();
    int pooled = pooledConnections.getAsInt();
    if (pooled > 0) {
      throw new IllegalStateException(
          pooled
              + " pooled database connection(s) would be frozen in the SnapStart snapshot;"
              + " nothing may connect to the database before the checkpoint");
    }
    LOG.infof(
        "SnapStart priming: %d JSON round trips, %s, token check %s, %d classes initialised",
        report.jsonRoundTrips(),
        report.algorithms(),
        report.tokenVerified() ? "run" : "not run",
        report.classesInitialised());
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    int reseeded = SnapshotRandoms.reseedAll();
    LOG.infof("SnapStart restore: %d held random generator(s) reseeded", reseeded);
  }

  /** Warms the request paths; throws if one of them does not work (a broken build). */
  public Report prime() throws Exception {
    int roundTrips = primeJson();
    List<String> algorithms = primeCrypto();
    boolean verified = primeTokenCheck();
    int initialised = initialise(VERIFIER_CLASSES);
    return new Report(roundTrips, algorithms, verified, initialised);
  }

  private int primeJson() throws Exception {
    int roundTrips = 0;
    ApiError error =
        new ApiError(
            ErrorType.VALIDATION,
            "VALIDATION_FAILED",
            "name must not be blank",
            Map.of("field", "name"),
            Instant.parse("2026-01-01T00:00:00.123Z"),
            PRIMING);
    byte[] written = api.writeValueAsBytes(error);
    if (!error.equals(api.readValue(written, ApiError.class))) {
      throw new IllegalStateException("The error body does not read back as written");
    }
    roundTrips++;

    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", "00000000-0000-0000-0000-000000000000");
    item.put("name", "primer");
    item.put("tags", List.of("a", "b"));
    item.put("version", 1);
    item.put("created_at", "2026-01-01T00:00:00Z");
    Page<Map<String, Object>> page = new Page<>(List.of(item), 1, 20, 1);
    Map<String, Object> read =
        api.readValue(api.writeValueAsBytes(page), new TypeReference<Map<String, Object>>() {});
    if (!Integer.valueOf(20).equals(read.get("size"))) {
      throw new IllegalStateException("The page body does not read back as written");
    }
    roundTrips++;

    api.readTree("{\"name\":\"primer\",\"encrypted_value\":\"AAAA\",\"tags\":[\"a\"]}");
    roundTrips++;
    return roundTrips;
  }

  private static List<String> primeCrypto() throws GeneralSecurityException {
    List<String> algorithms = new ArrayList<>();
    byte[] data = PRIMING.getBytes(StandardCharsets.UTF_8);

    // A generator of its own: the held ones are reseeded after the restore anyway.
    byte[] nonce = new byte[12];
    new SecureRandom().nextBytes(nonce);

    MessageDigest.getInstance("SHA-256").digest(data);
    algorithms.add("SHA-256");

    KeyGenerator hmacKeys = KeyGenerator.getInstance("HmacSHA256");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(hmacKeys.generateKey());
    mac.doFinal(data);
    algorithms.add("HmacSHA256");

    KeyGenerator aesKeys = KeyGenerator.getInstance("AES");
    aesKeys.init(256);
    SecretKey key = aesKeys.generateKey();
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
    byte[] sealed = cipher.doFinal(data);
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
    if (!Arrays.equals(data, cipher.doFinal(sealed))) {
      throw new IllegalStateException("AES-GCM does not open what it sealed");
    }
    algorithms.add("AES/GCM/NoPadding");

    KeyPairGenerator ecKeys = KeyPairGenerator.getInstance("EC");
    ecKeys.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair ec = ecKeys.generateKeyPair();
    Signature es256 = Signature.getInstance("SHA256withECDSA");
    es256.initSign(ec.getPrivate());
    es256.update(data);
    byte[] signature = es256.sign();
    es256.initVerify(ec.getPublic());
    es256.update(data);
    if (!es256.verify(signature)) {
      throw new IllegalStateException("ES256 does not verify what it signed");
    }
    algorithms.add("SHA256withECDSA");
    return algorithms;
  }

  /** An RS256 access token, signed with a throwaway key and checked as smallrye-jwt checks one. */
  private static boolean primeTokenCheck() throws Exception {
    KeyPairGenerator rsaKeys = KeyPairGenerator.getInstance("RSA");
    rsaKeys.initialize(2048);
    KeyPair rsa = rsaKeys.generateKeyPair();

    JwtClaims claims = new JwtClaims();
    claims.setIssuer(PRIMING);
    claims.setAudience(PRIMING);
    claims.setSubject(PRIMING);
    claims.setJwtId(PRIMING);
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(1);
    claims.setClaim("typ", "access");

    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(rsa.getPrivate());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    String token = jws.getCompactSerialization();

    JwtConsumer consumer =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireSubject()
            .setExpectedIssuer(PRIMING)
            .setExpectedAudience(PRIMING)
            .setVerificationKey(rsa.getPublic())
            .build();
    return PRIMING.equals(consumer.processToClaims(token).getSubject());
  }

  private static int initialise(List<String> classNames) {
    ClassLoader loader = SnapStartPriming.class.getClassLoader();
    int initialised = 0;
    for (String name : classNames) {
      try {
        Class.forName(name, true, loader);
        initialised++;
      } catch (ClassNotFoundException | LinkageError absent) {
        // Not in this function (the Lambda event types are only in the HTTP functions).
      }
    }
    return initialised;
  }
}
