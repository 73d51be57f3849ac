package pro.keyhaven.notifications;

import static io.restassured.RestAssured.given;

import java.util.Map;
import pro.keyhaven.testsupport.TestAccounts.Account;

/** The preferences endpoint, as the dashboard calls it. */
final class TestAccountsApi {

  private TestAccountsApi() {}

  static void put(Account a, Map<String, Object> preferences) {
    given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(preferences)
        .put("/api/notifications/preferences")
        .then()
        .statusCode(200);
  }
}
