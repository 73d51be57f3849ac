package pro.keyhaven.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static pro.keyhaven.teams.TeamApi.as;
import static pro.keyhaven.teams.TeamApi.db;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * Sharing (dashboard issue, item 9): the owner of a personal key moves it into a team where it is
 * an editor or admin, with the value re-encrypted in its browser under the team key.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class MoveToTeamTests {

  private static UUID personalKey(Account a, String plaintext) {
    Map<String, Object> body = TestKeys.body(a.id(), "Stripe", "STRIPE_KEY", plaintext);
    as(a).body(body).post("/api/keys").then().statusCode(201);
    return UUID.fromString((String) body.get("id"));
  }

  private static Map<String, Object> moveBody(UUID team, UUID key, String plaintext) {
    TestKeys.Sealed sealed = TestKeys.encrypt(plaintext, team, key);
    return Map.of(
        "team_id",
        team.toString(),
        "encrypted_value",
        sealed.encryptedValue(),
        "iv",
        sealed.iv(),
        "key_generation",
        TeamApi.generation(team));
  }

  @Test
  void sharingMovesAPersonalKeyToATeam_reencryptedForTheTeamAndAudited() {
    Account owner = TestAccounts.create("mover");
    Account viewer = TestAccounts.create("mover-viewer");
    Account stranger = TestAccounts.create("mover-stranger");
    UUID team = TeamApi.newTeam(owner, "Shared");
    TeamApi.addMember(owner, team, viewer, "viewer");
    UUID key = personalKey(owner, "sk_live_moved");
    // A second value, so that an earlier version exists under the owner's own key.
    TestKeys.Sealed next = TestKeys.encrypt("sk_live_moved_2", owner.id(), key);
    as(owner)
        .body(Map.of("encrypted_value", next.encryptedValue(), "iv", next.iv()))
        .post("/api/keys/" + key + "/rotate")
        .then()
        .statusCode(200);
    as(viewer).get("/api/keys/" + key).then().statusCode(404);

    // Others cannot move it: a stranger or a team member is 404 on someone else's key.
    as(stranger)
        .body(moveBody(team, key, "x"))
        .post("/api/keys/" + key + "/move")
        .then()
        .statusCode(404);
    as(viewer)
        .body(moveBody(team, key, "x"))
        .post("/api/keys/" + key + "/move")
        .then()
        .statusCode(404);
    // A team the owner is not in is 404; a stale If-Match 412.
    UUID otherTeam = TeamApi.newTeam(stranger, "Theirs");
    as(owner)
        .body(moveBody(otherTeam, key, "x"))
        .post("/api/keys/" + key + "/move")
        .then()
        .statusCode(404);
    as(owner)
        .header("If-Match", "\"1\"")
        .body(moveBody(team, key, "sk_live_moved_2"))
        .post("/api/keys/" + key + "/move")
        .then()
        .statusCode(412);

    JsonPath moved =
        as(owner)
            .header("If-Match", "\"2\"")
            .body(moveBody(team, key, "sk_live_moved_2"))
            .post("/api/keys/" + key + "/move")
            .then()
            .statusCode(200)
            .body("team_id", equalTo(team.toString()))
            .body("version", equalTo(3))
            .extract()
            .jsonPath();
    // A team member reads it and opens it with the team key.
    JsonPath read = as(viewer).get("/api/keys/" + key).then().statusCode(200).extract().jsonPath();
    assertThat(TestKeys.decrypt(read.getString("encrypted_value"), read.getString("iv"), team, key))
        .isEqualTo("sk_live_moved_2");
    // The versions under the owner's own key are gone; only the team-encrypted one is left.
    List<Map<String, Object>> versions =
        db().query("SELECT version FROM api_key_versions WHERE key_id = ?", key);
    assertThat(versions).hasSize(1);
    assertThat(versions.get(0).get("version")).isEqualTo(3);
    // A team key cannot be moved again this way.
    as(owner)
        .body(moveBody(team, key, "x"))
        .post("/api/keys/" + key + "/move")
        .then()
        .statusCode(409)
        .body("code", equalTo("NOT_PERSONAL"));
    // Audited on both chains.
    assertThat(
            db().query(
                    "SELECT 1 FROM audit_logs WHERE tenant_id = ? AND action = 'key.moved_out'",
                    owner.id()))
        .hasSize(1);
    assertThat(
            db().query(
                    "SELECT 1 FROM audit_logs WHERE tenant_id = ? AND action = 'key.moved_in'",
                    team))
        .hasSize(1);
    assertThat(moved.getString("id")).isEqualTo(key.toString());
  }

  @Test
  void aViewerOfTheTargetTeamCannotMoveItsKeyThere() {
    Account owner = TestAccounts.create("team-owner");
    Account viewer = TestAccounts.create("viewer-mover");
    UUID team = TeamApi.newTeam(owner, "Read only");
    TeamApi.addMember(owner, team, viewer, "viewer");
    UUID key = personalKey(viewer, "sk_live_viewer");
    as(viewer)
        .body(moveBody(team, key, "sk_live_viewer"))
        .post("/api/keys/" + key + "/move")
        .then()
        .statusCode(403);
    // An accepted but unconfirmed member is outside the team: 404.
    Account pending = TestAccounts.create("pending-mover");
    TeamApi.invite(owner, team, pending.email(), "editor");
    TeamApi.accept(pending, team);
    UUID own = personalKey(pending, "sk_live_pending");
    as(pending)
        .body(moveBody(team, own, "sk_live_pending"))
        .post("/api/keys/" + own + "/move")
        .then()
        .statusCode(404);
  }
}
