package pro.keyhaven.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;

/**
 * The browser extension calls the API from its own origin, {@code chrome-extension://<id>}: it is
 * allowed when {@code KEYHAVEN_CORS_ORIGINS} lists it, like any other origin, and no other
 * extension is.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(ExtensionOriginCorsTests.WithTheExtension.class)
class ExtensionOriginCorsTests {

  static final String EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";

  public static class WithTheExtension implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("keyhaven.cors.origins", "http://localhost:8080," + EXTENSION);
    }
  }

  private static Response preflight(String origin) {
    return given()
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type,x-request-id")
        .options("/api/keys");
  }

  @Test
  void aListedExtensionMayCallTheApi() {
    Response allowed = preflight(EXTENSION);
    assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(EXTENSION);
    assertThat(allowed.header("Access-Control-Allow-Headers"))
        .containsIgnoringCase("authorization");
    // The dashboard's origin stays allowed beside it.
    assertThat(preflight("http://localhost:8080").header("Access-Control-Allow-Origin"))
        .isEqualTo("http://localhost:8080");
  }

  @Test
  void anotherExtensionMayNot() {
    assertThat(
            preflight("chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba")
                .header("Access-Control-Allow-Origin"))
        .isNull();
    assertThat(
            preflight("moz-extension://0b3b0d4e-0000-4000-8000-000000000000")
                .header("Access-Control-Allow-Origin"))
        .isNull();
  }

  @Test
  void aListedExtensionsRequestIsAnswered() {
    Response r = given().header("Origin", EXTENSION).get("/api/me");
    // Not signed in: 401 with the error body, and the CORS header, so the extension can read it.
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo(EXTENSION);
  }
}
