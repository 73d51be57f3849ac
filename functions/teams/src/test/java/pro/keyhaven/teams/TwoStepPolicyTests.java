package pro.keyhaven.teams;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static pro.keyhaven.teams.TeamApi.as;
import static pro.keyhaven.teams.TeamApi.db;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * A team that requires two-step sign-in: a member without a second factor keeps the membership but
 * every team endpoint and every key of the team answers 403 {@code TEAM_REQUIRES_TWO_STEP} (the
 * lists leave the team's keys out) until a factor is on; leaving still works; a machine identity is
 * not a person and keeps reading; only an admin with a factor of their own may switch it on.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class TwoStepPolicyTests {

  /**
   * A confirmed TOTP factor, as confirming an enrolment leaves it (the secret is never read here).
   */
  static void secondFactorOn(Account a) {
    db().execute(
            "INSERT INTO mfa_totp (user_id, secret_sealed, confirmed_at) VALUES (?, ?, now())",
            a.id(),
            new byte[] {1, 2, 3});
  }

  /** A passkey, as registering one leaves it (its key is never used here). */
  static void passkeyOn(Account a) {
    db().execute(
            "INSERT INTO webauthn_credentials (id, user_id, credential_id, public_key_cose, name)"
                + " VALUES (?, ?, ?, ?, 'Laptop')",
            UUID.randomUUID(),
            a.id(),
            java.nio.ByteBuffer.allocate(16).putLong(a.id().getMostSignificantBits()).array(),
            new byte[] {4, 5, 6});
  }

  static void secondFactorOff(Account a) {
    db().execute("DELETE FROM mfa_totp WHERE user_id = ?", a.id());
  }

  private record Call(String endpoint, Function<Account, Response> call) {}

  @Test
  void onlyAnAdminWithASecondFactorRequiresIt() {
    Account owner = TestAccounts.create("policy-owner");
    Account editor = TestAccounts.create("policy-editor");
    UUID team = TeamApi.newTeam(owner, "Payments");
    TeamApi.addMember(owner, team, editor, "editor");
    String path = "/api/teams/" + team;

    as(owner)
        .body(Map.of("require_two_step", true))
        .patch(path)
        .then()
        .statusCode(409)
        .body("code", equalTo("TWO_STEP_NOT_ENABLED"));
    secondFactorOn(editor);
    as(editor).body(Map.of("require_two_step", true)).patch(path).then().statusCode(403);
    as(owner).body(Map.of()).patch(path).then().statusCode(400);
    as(owner)
        .body(Map.of("require_two_step", "yes"))
        .patch(path)
        .then()
        .statusCode(400)
        .body("type", equalTo("VALIDATION"));

    secondFactorOn(owner);
    as(owner)
        .body(Map.of("require_two_step", true))
        .patch(path)
        .then()
        .statusCode(200)
        .body("require_two_step", equalTo(true))
        .body("name", equalTo("Payments"));
    as(editor)
        .get("/api/teams")
        .then()
        .statusCode(200)
        .body("items[0].require_two_step", equalTo(true));
    assertThat(
            db().query(
                    "SELECT action FROM audit_logs WHERE tenant_id = ? AND action ="
                        + " 'team.two_step_policy'",
                    team))
        .hasSize(1);
    // Switching it off again is an admin's choice too, and audited.
    as(owner).body(Map.of("require_two_step", false)).patch(path).then().statusCode(200);
    assertThat(
            db().query(
                    "SELECT action FROM audit_logs WHERE tenant_id = ? AND action ="
                        + " 'team.two_step_policy'",
                    team))
        .hasSize(2);
  }

  @Test
  void aMemberWithoutASecondFactorIsShutOutOfEveryTeamEndpointUntilItIsOn() {
    Account owner = TestAccounts.create("policy-owner2");
    Account admin = TestAccounts.create("policy-admin");
    Account viewer = TestAccounts.create("policy-viewer");
    Account spare = TestAccounts.create("policy-spare");
    UUID team = TeamApi.newTeam(owner, "Infra");
    TeamApi.addMember(owner, team, admin, "admin");
    TeamApi.addMember(owner, team, viewer, "viewer");
    TeamApi.addMember(owner, team, spare, "viewer");
    UUID teamKey = TeamApi.createTeamKey(owner, team, "shared", "sk_live_shared_policy");
    Response machine =
        as(owner)
            .body(
                Map.of(
                    "name",
                    "deployer",
                    "public_key",
                    TestAccounts.b64(32),
                    "wrapped_team_key",
                    TestAccounts.wrapped()))
            .post("/api/teams/" + team + "/machines");
    String machineToken =
        given()
            .contentType("application/json")
            .body(Map.of("machine_id", machine.path("id"), "secret", machine.path("secret")))
            .post("/api/auth/machine")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    secondFactorOn(owner);
    secondFactorOn(viewer);
    as(owner)
        .body(Map.of("require_two_step", true))
        .patch("/api/teams/" + team)
        .then()
        .statusCode(200);

    String teamPath = "/api/teams/" + team;
    String keyPath = "/api/keys/" + teamKey;
    List<Call> calls =
        List.of(
            new Call(
                "PATCH  /api/teams/{id}",
                a -> as(a).body(Map.of("name", "Infra 2")).patch(teamPath)),
            new Call("GET    /api/teams/{id}/members", a -> as(a).get(teamPath + "/members")),
            new Call(
                "POST   /api/teams/{id}/members",
                a ->
                    as(a)
                        .body(Map.of("email", TestAccounts.create("inv").email(), "role", "viewer"))
                        .post(teamPath + "/members")),
            new Call(
                "PATCH  /api/teams/{id}/members/{uid}",
                a ->
                    as(a)
                        .body(Map.of("role", "editor"))
                        .patch(teamPath + "/members/" + spare.id())),
            new Call(
                "DELETE /api/teams/{id}/members/{uid}",
                a -> as(a).delete(teamPath + "/members/" + spare.id())),
            new Call(
                "POST   /api/teams/{id}/rotate-key",
                a ->
                    as(a)
                        .body(TeamApi.rotationBody(owner, team, new TeamApi.NewTeamKey(), false))
                        .post(teamPath + "/rotate-key")),
            new Call(
                "GET    /api/teams/{id}/key-history", a -> as(a).get(teamPath + "/key-history")),
            new Call("GET    /api/teams/{id}/machines", a -> as(a).get(teamPath + "/machines")),
            new Call(
                "GET    /api/keys?team_id={id}",
                a -> as(a).queryParam("team_id", team).get("/api/keys")),
            new Call(
                "POST   /api/keys {team_id}",
                a -> as(a).body(TeamApi.teamKeyBody(team, "new", "sk_new")).post("/api/keys")),
            new Call("GET    /api/keys/{id}", a -> as(a).get(keyPath)),
            new Call(
                "PUT    /api/keys/{id}", a -> as(a).body(Map.of("name", "renamed")).put(keyPath)),
            new Call(
                "POST   /api/keys/{id}/rotate",
                a -> {
                  TestKeys.Sealed v = TestKeys.encrypt("sk_live_next", team, teamKey);
                  return as(a)
                      .body(
                          Map.of(
                              "encrypted_value",
                              v.encryptedValue(),
                              "iv",
                              v.iv(),
                              "key_generation",
                              TeamApi.generation(team)))
                      .post(keyPath + "/rotate");
                }),
            new Call("GET    /api/keys/{id}/versions", a -> as(a).get(keyPath + "/versions")),
            new Call("DELETE /api/keys/{id}", a -> as(a).delete(keyPath)));

    // The admin without a factor: 403 with the code that says what to do, everywhere.
    List<String> wrong = new ArrayList<>();
    for (Call c : calls) {
      Response r = c.call().apply(admin);
      if (r.statusCode() != 403 || !"TEAM_REQUIRES_TWO_STEP".equals(r.path("code"))) {
        wrong.add(c.endpoint() + " answered " + r.statusCode() + " " + r.asString());
      }
    }
    assertThat(wrong).isEmpty();
    // The lists leave the team's keys out; the team itself shows, with its policy.
    List<String> keyTeams =
        as(admin).get("/api/keys").then().statusCode(200).extract().path("items.team_id");
    assertThat(keyTeams).doesNotContain(team.toString());
    // So does a list filtered by one of the team key's tags (read through the tag index).
    List<String> taggedTeams =
        as(admin)
            .queryParam("tag", "billing")
            .get("/api/keys")
            .then()
            .statusCode(200)
            .extract()
            .path("items.team_id");
    assertThat(taggedTeams).doesNotContain(team.toString());
    as(admin)
        .get("/api/teams")
        .then()
        .statusCode(200)
        .body("items.find { it.id == '" + team + "' }.require_two_step", equalTo(true));

    // A member with a factor, and the team's machine, are not affected.
    as(viewer).get(keyPath).then().statusCode(200);
    as(viewer).get(teamPath + "/members").then().statusCode(200);
    given().auth().oauth2(machineToken).get(keyPath).then().statusCode(200);
    List<String> machineKeys =
        given()
            .auth()
            .oauth2(machineToken)
            .get("/api/keys")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(machineKeys).contains(teamKey.toString());
    List<String> machineTagged =
        given()
            .auth()
            .oauth2(machineToken)
            .queryParam("tag", "billing")
            .get("/api/keys")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(machineTagged).contains(teamKey.toString());

    // A second factor (here a passkey) lets the admin back in at once; turning it off shuts a
    // member out again.
    passkeyOn(admin);
    as(admin).get(keyPath).then().statusCode(200);
    as(admin).get(teamPath + "/members").then().statusCode(200);
    assertThat(
            as(admin)
                .queryParam("team_id", team)
                .get("/api/keys")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.id"))
        .contains(teamKey.toString());
    secondFactorOff(viewer);
    as(viewer).get(keyPath).then().statusCode(403).body("code", equalTo("TEAM_REQUIRES_TWO_STEP"));
    // Leaving is always possible.
    as(viewer).delete(teamPath + "/members/" + viewer.id()).then().statusCode(204);
    as(viewer).get(keyPath).then().statusCode(404);
  }
}
