package pro.keyhaven.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestKeys;

/**
 * The local server serves the monitoring area next to the vault (both under {@code /api/keys}) and
 * runs the two scheduled functions in-process.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class MonitoringServedTests {

  @Inject Scheduler scheduler;

  @Test
  void vaultAndMonitoringRoutesUnderApiKeysBothAnswer() {
    TestAccounts.Account alice = TestAccounts.create("local-mon");
    Map<String, Object> body = TestKeys.body(alice.id(), "stripe", "payments", "sk_test_local");
    String id = (String) body.get("id");
    given()
        .auth()
        .oauth2(alice.accessToken())
        .contentType("application/json")
        .body(body)
        .post("/api/keys")
        .then()
        .statusCode(201);

    given().auth().oauth2(alice.accessToken()).get("/api/keys/" + id).then().statusCode(200);
    given()
        .auth()
        .oauth2(alice.accessToken())
        .get("/api/keys/" + id + "/versions")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(alice.accessToken())
        .get("/api/keys/" + id + "/health")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(alice.accessToken())
        .get("/api/keys/" + id + "/ingest-tokens")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(alice.accessToken())
        .contentType("application/json")
        .body(
            Map.of(
                "events",
                List.of(
                    Map.of(
                        "key_id",
                        id,
                        "timestamp",
                        Instant.now().minusSeconds(5).toString(),
                        "request_count",
                        3))))
        .post("/api/usage")
        .then()
        .statusCode(202);
    given().auth().oauth2(alice.accessToken()).get("/api/anomalies").then().statusCode(200);
    assertThat(UUID.fromString(id)).isNotNull();
  }

  @Test
  void theAnomalyScanAndTheRotationJobAreScheduled() {
    assertThat(scheduler.getScheduledJob("anomaly-scan")).isNotNull();
    assertThat(scheduler.getScheduledJob("rotation-job")).isNotNull();
  }
}
