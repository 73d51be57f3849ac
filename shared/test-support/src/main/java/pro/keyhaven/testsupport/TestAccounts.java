package pro.keyhaven.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Registers and signs in users through the real API, acting as the browser would: the auth hash and
 * wrapped keys are random stand-ins, since the server only stores and compares them.
 */
public final class TestAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TestAccounts() {}

  /** A signed-in test user and the secrets its client holds. */
  public record Account(
      UUID id,
      String email,
      String authHash,
      String publicKey,
      String accessToken,
      String refreshToken) {}

  public static String b64(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  public static String wrapped() {
    return "v1." + b64(12) + "." + b64(48);
  }

  /** A registration body for {@code email} with a fresh auth hash. */
  public static Map<String, Object> registration(String email, String authHash) {
    Map<String, Object> body = new HashMap<>();
    body.put("email", email);
    body.put("auth_hash", authHash);
    body.put("kdf", "pbkdf2-sha256");
    body.put("kdf_iterations", 600000);
    body.put("kdf_salt", b64(16));
    body.put("protected_user_key", wrapped());
    body.put("public_key", b64(32));
    body.put("protected_private_key", wrapped());
    return body;
  }

  public static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  /** Registers a new user and signs it in. */
  public static Account create(String prefix) {
    return createWithEmail(uniqueEmail(prefix));
  }

  /** Registers a user with this e-mail and signs it in. */
  public static Account createWithEmail(String email) {
    return register(email, null);
  }

  /**
   * Registers a user whose public key is {@code publicKey} (standard base64 of a raw X25519 key the
   * test holds the private half of) and signs it in.
   */
  public static Account createWithPublicKey(String prefix, String publicKey) {
    return register(uniqueEmail(prefix), publicKey);
  }

  private static Account register(String email, String publicKey) {
    String authHash = b64(32);
    Map<String, Object> body = registration(email, authHash);
    if (publicKey != null) {
      body.put("public_key", publicKey);
    }
    UUID id =
        UUID.fromString(
            given()
                .contentType("application/json")
                .body(body)
                .post("/api/auth/register")
                .then()
                .statusCode(201)
                .extract()
                .path("user_id"));
    JsonPath login = login(email, authHash);
    return new Account(
        id,
        email,
        authHash,
        (String) body.get("public_key"),
        login.getString("access_token"),
        login.getString("refresh_token"));
  }

  public static JsonPath login(String email, String authHash) {
    return given()
        .contentType("application/json")
        .body(Map.of("email", email, "auth_hash", authHash))
        .post("/api/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
