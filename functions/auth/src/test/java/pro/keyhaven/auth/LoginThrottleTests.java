package pro.keyhaven.auth;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;

/** Failed logins are also capped per client address, across accounts. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(LoginThrottleTests.LowIpCap.class)
class LoginThrottleTests {

  /** A small address cap, so the test reaches it quickly. */
  public static class LowIpCap implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("keyhaven.auth.max-failures-per-ip", "12");
    }
  }

  @Test
  void manyFailuresFromOneAddressAre429EvenForFreshAccounts() {
    for (int i = 0; i < 12; i++) {
      given()
          .contentType("application/json")
          .body(
              Map.of("email", TestAccounts.uniqueEmail("spray"), "auth_hash", TestAccounts.b64(32)))
          .post("/api/auth/login")
          .then()
          .statusCode(401);
    }
    given()
        .contentType("application/json")
        .body(Map.of("email", TestAccounts.uniqueEmail("spray"), "auth_hash", TestAccounts.b64(32)))
        .post("/api/auth/login")
        .then()
        .statusCode(429)
        .header("Retry-After", Matchers.notNullValue());
  }
}
