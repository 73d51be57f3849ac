package pro.keyhaven.migrate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pro.keyhaven.schema.Migrations;
import pro.keyhaven.testsupport.PlatformTestResource;

/**
 * In AWS the functions connect as keyhaven_app with a password from its own secret: the migrate
 * function creates the role (V11) and sets that password, hashed by the driver before it is sent.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = PlatformTestResource.MIGRATE, value = "false"))
@TestProfile(AppRolePasswordTests.WithAppSecret.class)
class AppRolePasswordTests {

  /** What the secrets source makes of KEYHAVEN_DB_APP_SECRET_ARN. */
  public static class WithAppSecret implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("keyhaven.db.app-password", "app-role-password-for-the-test");
    }
  }

  @AfterEach
  void restore() throws Exception {
    // The role is the cluster's: give it back the password the other tests expect.
    var db = PlatformTestResource.database();
    String owner = db.server().password();
    if (owner == null || owner.isEmpty()) {
      db.execute("ALTER ROLE keyhaven_app PASSWORD NULL");
    } else {
      try (var c = db.connect()) {
        Migrations.setAppRolePassword(c, owner);
      }
    }
  }

  @Test
  void theMigrationsCreateTheApplicationRoleAndGiveItItsPassword() {
    given()
        .contentType("application/json")
        .body("{\"RequestType\": \"Update\"}")
        .post("/_lambda_")
        .then()
        .statusCode(200);
    var role =
        PlatformTestResource.database()
            .query(
                "SELECT rolcanlogin, rolsuper, rolcreaterole, rolpassword FROM pg_authid"
                    + " WHERE rolname = 'keyhaven_app'")
            .get(0);
    assertThat(role.get("rolcanlogin")).isEqualTo(true);
    assertThat(role.get("rolsuper")).isEqualTo(false);
    assertThat(role.get("rolcreaterole")).isEqualTo(false);
    assertThat((String) role.get("rolpassword"))
        .startsWith("SCRAM-SHA-256$")
        .doesNotContain("app-role-password-for-the-test");
  }
}
