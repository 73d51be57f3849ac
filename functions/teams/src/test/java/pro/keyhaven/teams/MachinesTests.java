package pro.keyhaven.teams;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static pro.keyhaven.teams.TeamApi.as;
import static pro.keyhaven.teams.TeamApi.db;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.security.MachineSecrets;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * Machine identities for CI: admins create, list and revoke them; a machine is a viewer of its
 * team, signs in with its secret only, and the server keeps no secret in clear.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class MachinesTests {

  private static Map<String, Object> machineBody(String name) {
    return Map.of(
        "name",
        name,
        "public_key",
        TestAccounts.b64(32),
        "wrapped_team_key",
        TestAccounts.wrapped());
  }

  @Test
  void anAdminMakesAViewerMachineWhoseSecretIsStoredOnlyAsAHash() {
    Account admin = TestAccounts.create("machine-admin");
    UUID team = TeamApi.newTeam(admin, "CI");
    Map<String, Object> body = machineBody("github-actions");
    Response created = as(admin).body(body).post("/api/teams/" + team + "/machines");
    created
        .then()
        .statusCode(201)
        .body("name", equalTo("github-actions"))
        .body("team_id", equalTo(team.toString()))
        .body("secret", matchesPattern(MachineSecrets.PATTERN));
    UUID machine = UUID.fromString(created.path("id"));
    String secret = created.path("secret");

    assertThat(
            db().query(
                    "SELECT token_hash, created_by FROM machine_identities WHERE id = ?", machine))
        .containsExactly(
            Map.of("token_hash", MachineSecrets.digest(secret), "created_by", admin.id()));
    assertThat(db().dumpAllTables()).doesNotContain(secret);
    assertThat(
            db().query(
                    "SELECT role, wrapped_team_key FROM team_members WHERE team_id = ? AND user_id = ?",
                    team,
                    machine))
        .containsExactly(
            Map.of("role", "viewer", "wrapped_team_key", body.get("wrapped_team_key")));

    List<Map<String, Object>> listed =
        as(admin)
            .get("/api/teams/" + team + "/machines")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0))
        .containsEntry("id", machine.toString())
        .containsEntry("public_key", body.get("public_key"));
    assertThat(listed.get(0).get("revoked_at")).isNull();
    assertThat(
            db().query(
                    "SELECT action FROM audit_logs WHERE tenant_id = ? AND action LIKE 'team.machine%'",
                    team))
        .containsExactly(Map.of("action", "team.machine_created"));
  }

  @Test
  void theSecretSignsInAsTheMachineUntilItIsRevoked() {
    Account admin = TestAccounts.create("machine-revoke");
    UUID team = TeamApi.newTeam(admin, "Deploys");
    Response created =
        as(admin).body(machineBody("deployer")).post("/api/teams/" + team + "/machines");
    UUID machine = UUID.fromString(created.path("id"));
    String secret = created.path("secret");

    String token =
        given()
            .contentType("application/json")
            .body(Map.of("machine_id", machine.toString(), "secret", secret))
            .post("/api/auth/machine")
            .then()
            .statusCode(200)
            .body("machine_id", equalTo(machine.toString()))
            .body("team_id", equalTo(team.toString()))
            .extract()
            .path("access_token");
    given()
        .auth()
        .oauth2(token)
        .get("/api/teams")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo(team.toString()))
        .body("items[0].role", equalTo("viewer"));
    given()
        .contentType("application/json")
        .body(Map.of("machine_id", machine.toString(), "secret", MachineSecrets.newSecret()))
        .post("/api/auth/machine")
        .then()
        .statusCode(401)
        .body("message", equalTo("Machine token is invalid or revoked"));

    as(admin).delete("/api/teams/" + team + "/machines/" + machine).then().statusCode(204);
    // Its access token ends at once (the sign-in is revoked), not when it expires.
    given().auth().oauth2(token).get("/api/teams").then().statusCode(401);
    assertThat(db().query("SELECT 1 FROM team_members WHERE user_id = ?", machine)).isEmpty();
    given()
        .contentType("application/json")
        .body(Map.of("machine_id", machine.toString(), "secret", secret))
        .post("/api/auth/machine")
        .then()
        .statusCode(401);
    assertThat(
            db().query(
                    "SELECT action FROM audit_logs WHERE tenant_id = ? AND user_id = ? ORDER BY seq",
                    team,
                    machine))
        .extracting(r -> r.get("action"))
        .containsExactly("machine.login", "machine.login_failed", "machine.login_failed");
  }

  @Test
  void onlyAdminsManageMachinesAndOtherTeamsAnswer404() {
    Account admin = TestAccounts.create("machine-owner");
    Account editor = TestAccounts.create("machine-editor");
    Account stranger = TestAccounts.create("machine-stranger");
    UUID team = TeamApi.newTeam(admin, "Locked");
    TeamApi.addMember(admin, team, editor, "editor");

    as(editor)
        .body(machineBody("x"))
        .post("/api/teams/" + team + "/machines")
        .then()
        .statusCode(403);
    as(editor).get("/api/teams/" + team + "/machines").then().statusCode(403);
    as(stranger)
        .body(machineBody("x"))
        .post("/api/teams/" + team + "/machines")
        .then()
        .statusCode(404);
    as(stranger).get("/api/teams/" + team + "/machines").then().statusCode(404);
    as(admin)
        .delete("/api/teams/" + team + "/machines/" + UUID.randomUUID())
        .then()
        .statusCode(404);
    as(admin)
        .body(Map.of("name", "", "public_key", "short", "wrapped_team_key", "v9.x"))
        .post("/api/teams/" + team + "/machines")
        .then()
        .statusCode(400);
  }

  @Test
  void aMachineCanBeNarrowedToEnvironmentsAndTagsWithEveryBadScopeRefused() {
    Account admin = TestAccounts.create("machine-scope");
    UUID team = TeamApi.newTeam(admin, "Scoped");
    Map<String, Object> body = new java.util.HashMap<>(machineBody("deploy"));
    body.put("environments", List.of("production", "production"));
    body.put("tags", List.of("deploy", "release"));
    as(admin)
        .body(body)
        .post("/api/teams/" + team + "/machines")
        .then()
        .statusCode(201)
        .body("environments", equalTo(List.of("production")))
        .body("tags", equalTo(List.of("deploy", "release")));
    as(admin)
        .get("/api/teams/" + team + "/machines")
        .then()
        .statusCode(200)
        .body("items[0].environments", equalTo(List.of("production")))
        .body("items[0].tags", equalTo(List.of("deploy", "release")));

    for (Map.Entry<String, Object> bad :
        List.<Map.Entry<String, Object>>of(
            Map.entry("environments", List.of("prod")),
            Map.entry("environments", List.of()),
            Map.entry("tags", List.of()),
            Map.entry("tags", List.of(" spaced")),
            Map.entry(
                "tags", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "t" + i).toList()))) {
      Map<String, Object> wrong = new java.util.HashMap<>(machineBody("bad"));
      wrong.put(bad.getKey(), bad.getValue());
      as(admin)
          .body(wrong)
          .post("/api/teams/" + team + "/machines")
          .then()
          .statusCode(400)
          .body("code", equalTo("VALIDATION_FAILED"));
    }
    assertThat(db().query("SELECT 1 FROM machine_identities WHERE team_id = ?", team)).hasSize(1);
  }
}
