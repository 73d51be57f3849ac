package pro.keyhaven.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static pro.keyhaven.monitoring.MonitoringApi.events;
import static pro.keyhaven.monitoring.MonitoringApi.newKey;
import static pro.keyhaven.monitoring.MonitoringApi.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;

/** Per-key ingest tokens: shown once, stored hashed, good only for reporting their key's use. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class IngestTokenTests {

  static JsonPath createToken(TestAccounts.Account owner, UUID key, String name) {
    return given()
        .auth()
        .oauth2(owner.accessToken())
        .contentType("application/json")
        .body(Map.of("name", name))
        .post("/api/keys/" + key + "/ingest-tokens")
        .then()
        .statusCode(201)
        .header("Cache-Control", "no-store")
        .extract()
        .jsonPath();
  }

  @Test
  void aTokenIsShownOnceAndOnlyItsHashIsStored() {
    TestAccounts.Account alice = TestAccounts.create("token-once");
    UUID key = newKey(alice, "stripe");
    JsonPath created = createToken(alice, key, "billing-service");
    String token = created.getString("token");
    assertThat(token).startsWith("khi_").hasSize(47);

    given()
        .auth()
        .oauth2(alice.accessToken())
        .get("/api/keys/" + key + "/ingest-tokens")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("items[0].name", equalTo("billing-service"))
        .body("items[0].token", nullValue())
        .body("items[0].last_used_at", nullValue());
    String everything = PlatformTestResource.database().dumpAllTables();
    assertThat(everything).doesNotContain(token).doesNotContain(token.substring(4));
  }

  @Test
  void aTokenReportsForItsKeyOnlyAndReadsNothing() {
    TestAccounts.Account alice = TestAccounts.create("token-scope");
    UUID key = newKey(alice, "openai");
    UUID otherKeyOfAlice = newKey(alice, "github");
    String token = createToken(alice, key, "ci").getString("token");

    report(token, events(key, 5)).statusCode(202).body("accepted", equalTo(5));
    // Not even another key of the same owner.
    report(token, events(otherKeyOfAlice, 1)).statusCode(404);

    for (String path :
        new String[] {
          "/api/keys",
          "/api/keys/" + key,
          "/api/keys/" + key + "/usage",
          "/api/keys/" + key + "/health",
          "/api/keys/" + key + "/ingest-tokens",
          "/api/anomalies",
          "/api/me"
        }) {
      given().header("Authorization", "Bearer " + token).get(path).then().statusCode(401);
    }
    given()
        .header("Authorization", "Bearer " + token)
        .contentType("application/json")
        .body(Map.of("name", "another"))
        .post("/api/keys/" + key + "/ingest-tokens")
        .then()
        .statusCode(401);

    given()
        .auth()
        .oauth2(alice.accessToken())
        .get("/api/keys/" + key + "/ingest-tokens")
        .then()
        .body("items[0].last_used_at", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void aRevokedOrMadeUpTokenIsRefused() {
    TestAccounts.Account alice = TestAccounts.create("token-revoke");
    UUID key = newKey(alice, "twilio");
    JsonPath created = createToken(alice, key, "worker");
    String token = created.getString("token");
    given()
        .auth()
        .oauth2(alice.accessToken())
        .delete("/api/keys/" + key + "/ingest-tokens/" + created.getString("id"))
        .then()
        .statusCode(204);
    report(token, events(key, 1)).statusCode(401).body("type", equalTo("AUTHENTICATION"));
    given()
        .auth()
        .oauth2(alice.accessToken())
        .delete("/api/keys/" + key + "/ingest-tokens/" + created.getString("id"))
        .then()
        .statusCode(404);
    report("khi_" + "A".repeat(43), events(key, 1)).statusCode(401);
    report("khi_short", events(key, 1)).statusCode(401);
  }

  @Test
  void onlyWritersManageTokensAndStrangersSeeNothing() {
    TestAccounts.Account alice = TestAccounts.create("token-owner");
    TestAccounts.Account mallory = TestAccounts.create("token-stranger");
    UUID key = newKey(alice, "aws");
    given()
        .auth()
        .oauth2(mallory.accessToken())
        .contentType("application/json")
        .body(Map.of("name", "sneaky"))
        .post("/api/keys/" + key + "/ingest-tokens")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(mallory.accessToken())
        .get("/api/keys/" + key + "/ingest-tokens")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(alice.accessToken())
        .contentType("application/json")
        .body(Map.of("name", "a\u0000b"))
        .post("/api/keys/" + key + "/ingest-tokens")
        .then()
        .statusCode(400);
  }
}
