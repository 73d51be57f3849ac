package pro.keyhaven.migrate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import pro.keyhaven.testsupport.PlatformTestResource;

/** The migrate Lambda builds the schema on an empty database, and a second run does nothing. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = PlatformTestResource.MIGRATE, value = "false"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrateHandlerTests {

  @Inject Flyway flyway;

  @Test
  @Order(1)
  void theFirstInvocationCreatesTheSchema() {
    assertThat(
            PlatformTestResource.database()
                .query("SELECT to_regclass('public.users') AS t")
                .get(0)
                .get("t"))
        .isNull();
    MigrationInfo[] pending = flyway.info().pending();
    assertThat(pending).isNotEmpty();
    String latest = pending[pending.length - 1].getVersion().getVersion();
    given()
        .contentType("application/json")
        .body("{\"RequestType\": \"Create\"}")
        .post("/_lambda_")
        .then()
        .statusCode(200)
        .body("applied", equalTo(pending.length))
        .body("version", equalTo(latest));
    assertThat(
            PlatformTestResource.database()
                .query("SELECT to_regclass('public.users')::text AS t")
                .get(0)
                .get("t"))
        .isEqualTo("users");
  }

  @Test
  @Order(4)
  void connectingIsRetriedWhileTheProxyWarmsUp() {
    // A first deploy may run the migrations before RDS Proxy has registered the new instance.
    assertThat(flyway.getConfiguration().getConnectRetries()).isEqualTo(18);
    assertThat(flyway.getConfiguration().getConnectRetriesInterval()).isEqualTo(10);
  }

  @Test
  @Order(3)
  void aStackDeletionLeavesTheSchemaAlone() {
    given()
        .contentType("application/json")
        .body("{\"RequestType\": \"Delete\"}")
        .post("/_lambda_")
        .then()
        .statusCode(200)
        .body("applied", equalTo(0))
        .body("version", equalTo("unchanged"));
  }

  @Test
  @Order(2)
  void aSecondInvocationIsANoOp() {
    given()
        .contentType("application/json")
        .body("{\"RequestType\": \"Update\"}")
        .post("/_lambda_")
        .then()
        .statusCode(200)
        .body("applied", equalTo(0));
  }
}
