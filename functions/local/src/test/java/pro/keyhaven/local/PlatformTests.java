package pro.keyhaven.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.schema.Migrations;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestDatabase;

/** Migrations, health, OpenAPI, metrics and the rate limiter of the running platform. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class PlatformTests {

  @Test
  void migrationsApplyOnAnEmptyDatabaseAndAgainDoNothing() {
    TestDatabase db = PlatformTestResource.database();
    String fresh = "kh_fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    db.server().ensureDatabase(fresh);
    try {
      String url = db.server().jdbcUrl(fresh);
      int first = Migrations.migrate(url, db.server().user(), db.server().password());
      int again = Migrations.migrate(url, db.server().user(), db.server().password());
      assertThat(first).isGreaterThanOrEqualTo(1);
      assertThat(again).isZero();
    } finally {
      db.server().dropDatabase(fresh);
    }
  }

  @Test
  void theRunningAppValidatedItsEntitiesAgainstTheMigratedSchema() {
    // Hibernate runs with schema validation, so the app would not have started on a mismatch;
    // an entity query proves the mapping is live.
    assertThat(PlatformTestResource.database().query("SELECT success FROM flyway_schema_history"))
        .isNotEmpty()
        .allMatch(row -> Boolean.TRUE.equals(row.get("success")));
    long users =
        (Long)
            PlatformTestResource.database()
                .query("SELECT count(*) AS n FROM users")
                .get(0)
                .get("n");
    given().get("/api/test-probe/users").then().statusCode(200).body("users", equalTo((int) users));
  }

  @Test
  void healthIsUpWithPostgresAndRedisChecks() {
    given()
        .get("/q/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.name",
            hasItems(
                "Reactive PostgreSQL connections health check", "Redis connection health check"));
  }

  @Test
  void openApiSwaggerAndMetricsAreServed() {
    given().get("/q/openapi").then().statusCode(200).body(containsString("/api/me"));
    given().get("/q/swagger-ui/").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
  }

  @Test
  void theRateLimiterAnswers429WithRetryAfter() {
    String key = UUID.randomUUID().toString();
    for (int i = 1; i <= 3; i++) {
      given()
          .post("/api/test-probe/limited/" + key)
          .then()
          .statusCode(200)
          .body("count", equalTo(i));
    }
    Response limited = given().post("/api/test-probe/limited/" + key);
    limited
        .then()
        .statusCode(429)
        .body("type", equalTo("RATE_LIMIT"))
        .body("code", equalTo("RATE_LIMITED"));
    int retryAfter = Integer.parseInt(limited.header("Retry-After"));
    assertThat(retryAfter).isBetween(1, 60);
    // Another key has its own window.
    given().post("/api/test-probe/limited/" + UUID.randomUUID()).then().statusCode(200);
  }
}
