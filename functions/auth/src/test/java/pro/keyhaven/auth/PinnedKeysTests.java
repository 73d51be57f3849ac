package pro.keyhaven.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * The pinned public keys blob (encrypted in the browser under the user key) and, without a mail
 * sender, e-mail verification off.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class PinnedKeysTests {

  private static String blob() {
    return "v1." + TestAccounts.b64(12) + "." + TestAccounts.b64(300);
  }

  @Test
  void pinnedKeysAreStoredOpaquelyPerUserWithAVersionGuard() {
    Account a = TestAccounts.create("pins");
    Account b = TestAccounts.create("other-pins");
    given()
        .auth()
        .oauth2(a.accessToken())
        .get("/api/me/pinned-keys")
        .then()
        .statusCode(200)
        .body("pinned_keys", nullValue())
        .body("version", equalTo(0));
    String first = blob();
    given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(Map.of("pinned_keys", first, "version", 0))
        .put("/api/me/pinned-keys")
        .then()
        .statusCode(200)
        .body("version", equalTo(1));
    // A second window that read version 0 does not silently drop the first one's pins.
    given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(Map.of("pinned_keys", blob(), "version", 0))
        .put("/api/me/pinned-keys")
        .then()
        .statusCode(409)
        .body("code", equalTo("PINNED_KEYS_CHANGED"));
    given()
        .auth()
        .oauth2(a.accessToken())
        .get("/api/me/pinned-keys")
        .then()
        .body("pinned_keys", equalTo(first))
        .body("version", equalTo(1));
    given()
        .auth()
        .oauth2(b.accessToken())
        .get("/api/me/pinned-keys")
        .then()
        .body("pinned_keys", nullValue());
    for (Object bad :
        new Object[] {"plain text", "v2." + TestAccounts.b64(12) + "." + TestAccounts.b64(40)}) {
      given()
          .auth()
          .oauth2(a.accessToken())
          .contentType("application/json")
          .body(Map.of("pinned_keys", bad, "version", 1))
          .put("/api/me/pinned-keys")
          .then()
          .statusCode(400);
    }
    given()
        .contentType("application/json")
        .body(Map.of("pinned_keys", blob(), "version", 1))
        .put("/api/me/pinned-keys")
        .then()
        .statusCode(401);
  }

  @Test
  void withoutAMailSenderVerificationIsOffAndEveryAddressCountsAsVerified() {
    Account a = TestAccounts.create("local");
    given()
        .auth()
        .oauth2(a.accessToken())
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("email_verified", equalTo(true))
        .body("email_verification_required", equalTo(false));
    org.assertj.core.api.Assertions.assertThat(
            PlatformTestResource.database()
                .query("SELECT 1 FROM email_verifications WHERE user_id = ?", a.id()))
        .isEmpty();
  }
}
