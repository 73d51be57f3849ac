package pro.keyhaven.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/** The list of sign-ins, signing one out, and the new-device alert. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class SignInsTests {

  static final String FIREFOX =
      "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

  static JsonPath loginFrom(Account a, String userAgent) {
    return given()
        .header("User-Agent", userAgent)
        .contentType("application/json")
        .body(Map.of("email", a.email(), "auth_hash", a.authHash()))
        .post("/api/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aNewDeviceIsAlertedListedAndCanBeSignedOut() {
    Account a = TestAccounts.create("signins");
    // Signing in again from the same client is no news.
    TestAccounts.login(a.email(), a.authHash());
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT 1 FROM audit_logs WHERE tenant_id = ? AND action = 'auth.new_device'",
                    a.id()))
        .isEmpty();

    JsonPath other = loginFrom(a, FIREFOX);
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT 1 FROM audit_logs WHERE tenant_id = ? AND action = 'auth.new_device'",
                    a.id()))
        .hasSize(1);
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT title FROM notifications WHERE user_id = ? AND kind = 'new_device'",
                    a.id()))
        .extracting(r -> r.get("title"))
        .containsExactly("New sign-in from Firefox on Linux");
    // Known from now on.
    loginFrom(a, FIREFOX);
    assertThat(
            PlatformTestResource.database()
                .query("SELECT 1 FROM notifications WHERE user_id = ?", a.id()))
        .hasSize(1);

    JsonPath list =
        given()
            .auth()
            .oauth2(a.accessToken())
            .get("/api/me/sessions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = list.getList("items");
    assertThat(items).hasSize(4);
    assertThat(items.stream().filter(i -> Boolean.TRUE.equals(i.get("current")))).hasSize(1);
    assertThat(items.stream().map(i -> i.get("device"))).contains("Firefox on Linux");

    // Sign the Firefox sign-in out: its tokens stop working, the others do not.
    String firefoxAccess = other.getString("access_token");
    String firefoxId =
        given()
            .auth()
            .oauth2(firefoxAccess)
            .get("/api/me/sessions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("items.find { it.current }.id");
    given()
        .auth()
        .oauth2(a.accessToken())
        .delete("/api/me/sessions/" + firefoxId)
        .then()
        .statusCode(204);
    given().auth().oauth2(firefoxAccess).get("/api/me").then().statusCode(401);
    given()
        .contentType("application/json")
        .body(Map.of("refresh_token", other.getString("refresh_token")))
        .post("/api/auth/refresh")
        .then()
        .statusCode(401);
    given().auth().oauth2(a.accessToken()).get("/api/me").then().statusCode(200);
    given()
        .auth()
        .oauth2(a.accessToken())
        .delete("/api/me/sessions/" + firefoxId)
        .then()
        .statusCode(404);

    // Another user's sign-in is not found.
    Account b = TestAccounts.create("signins-other");
    given()
        .auth()
        .oauth2(b.accessToken())
        .get("/api/me/sessions")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1));
    String aCurrent =
        given()
            .auth()
            .oauth2(a.accessToken())
            .get("/api/me/sessions")
            .then()
            .extract()
            .jsonPath()
            .getString("items.find { it.current }.id");
    given()
        .auth()
        .oauth2(b.accessToken())
        .delete("/api/me/sessions/" + aCurrent)
        .then()
        .statusCode(404);
    given().auth().oauth2(a.accessToken()).get("/api/me").then().statusCode(200);
  }
}
