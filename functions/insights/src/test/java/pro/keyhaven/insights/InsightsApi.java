package pro.keyhaven.insights;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestKeys;

/** Test helpers: keys stored through the vault, their metadata moved in the database. */
final class InsightsApi {

  private InsightsApi() {}

  /** A production key tagged billing and backend, without expiry, stored through the vault. */
  static UUID newKey(TestAccounts.Account owner, String service, String name) {
    Map<String, Object> body = TestKeys.body(owner.id(), service, name, "sk_test_value_1");
    given()
        .auth()
        .oauth2(owner.accessToken())
        .contentType("application/json")
        .body(body)
        .post("/api/keys")
        .then()
        .statusCode(201);
    return UUID.fromString((String) body.get("id"));
  }

  /** Sets columns of a key row directly, e.g. {@code "exposed = true"}. */
  static void set(UUID key, String assignments) {
    PlatformTestResource.database()
        .execute("UPDATE api_keys SET " + assignments + " WHERE id = ?", key);
  }

  static ValidatableResponse refresh(TestAccounts.Account a) {
    return given().auth().oauth2(a.accessToken()).post("/api/insights/refresh").then();
  }

  static ValidatableResponse list(TestAccounts.Account a, String query) {
    return given().auth().oauth2(a.accessToken()).get("/api/insights" + query).then();
  }

  static ValidatableResponse ask(TestAccounts.Account a, String question) {
    return given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(Map.of("question", question))
        .post("/api/insights/query")
        .then();
  }
}
