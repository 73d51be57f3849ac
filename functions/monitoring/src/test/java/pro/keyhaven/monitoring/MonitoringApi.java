package pro.keyhaven.monitoring;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestKeys;

/** Test helpers: keys stored through the vault, usage reported through the API. */
final class MonitoringApi {

  private MonitoringApi() {}

  static UUID newKey(TestAccounts.Account owner, String service) {
    Map<String, Object> body = TestKeys.body(owner.id(), service, service + " key", "sk_test_1");
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

  static Map<String, Object> event(UUID key, Instant at, int requests, int errors) {
    Map<String, Object> e = new HashMap<>();
    e.put("key_id", key.toString());
    e.put("timestamp", at.truncatedTo(ChronoUnit.SECONDS).toString());
    e.put("endpoint", "/v1/charges");
    e.put("response_code", 200);
    e.put("request_count", requests);
    e.put("error_count", errors);
    e.put("source_ip", "203.0.113.10");
    return e;
  }

  static List<Map<String, Object>> events(UUID key, int n) {
    List<Map<String, Object>> out = new ArrayList<>();
    Instant at = Instant.now().minusSeconds(60);
    for (int i = 0; i < n; i++) {
      out.add(event(key, at, 1, 0));
    }
    return out;
  }

  static ValidatableResponse report(String bearer, List<Map<String, Object>> events) {
    return given()
        .header("Authorization", "Bearer " + bearer)
        .contentType("application/json")
        .body(Map.of("events", events))
        .post("/api/usage")
        .then();
  }
}
