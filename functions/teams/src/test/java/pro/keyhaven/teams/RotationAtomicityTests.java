package pro.keyhaven.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static pro.keyhaven.teams.TeamApi.as;
import static pro.keyhaven.teams.TeamApi.db;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.teams.TeamApi.NewTeamKey;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * A rotation is all or nothing: with a failure injected after every row of the rotation has been
 * written (and seen written, inside its transaction), the team keeps its old key pair, wrapped
 * keys, generation and flag, and every item its old ciphertext, version and history.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(RotationAtomicityTests.FailBeforeCommit.class)
class RotationAtomicityTests {

  /** Swaps in the checkpoint that fails. */
  public static class FailBeforeCommit implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(FailingRotationCheckpoint.class);
    }
  }

  @Test
  void aRotationThatFailsBeforeCommitLeavesTheOldKeyAndItemsIntact() {
    Account owner = TestAccounts.create("atomic");
    Account editor = TestAccounts.create("editor");
    Account leaver = TestAccounts.create("leaver");
    UUID team = TeamApi.newTeam(owner, "Atomic");
    TeamApi.addMember(owner, team, editor, "editor");
    TeamApi.addMember(owner, team, leaver, "viewer");
    UUID first = TeamApi.createTeamKey(owner, team, "first", "sk_first");
    UUID second = TeamApi.createTeamKey(editor, team, "second", "sk_second_v1");
    TestKeys.Sealed v2 = TestKeys.encrypt("sk_second_v2", team, second);
    as(editor)
        .body(Map.of("encrypted_value", v2.encryptedValue(), "iv", v2.iv(), "key_generation", 1))
        .put("/api/keys/" + second)
        .then()
        .statusCode(200);
    as(leaver).delete("/api/teams/" + team + "/members/" + leaver.id()).then().statusCode(204);
    String before = TeamApi.snapshot(team);
    List<Map<String, Object>> wrappedBefore =
        db().query(
                "SELECT wrapped_team_key FROM team_members WHERE team_id = ? ORDER BY user_id",
                team);

    Map<String, Object> body = TeamApi.rotationBody(owner, team, new NewTeamKey());
    FailingRotationCheckpoint.seen = null;
    as(owner)
        .body(body)
        .post("/api/teams/" + team + "/rotate-key")
        .then()
        .statusCode(500)
        .body("type", equalTo("INTERNAL_SERVER"))
        .body(
            "message", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("injected")));

    // Inside the transaction, just before it failed, everything had been written...
    FailingRotationCheckpoint.Seen seen = FailingRotationCheckpoint.seen;
    assertThat(seen).as("the checkpoint ran").isNotNull();
    assertThat(seen.keyGeneration()).isEqualTo(2);
    assertThat(seen.rotationRecommended()).isFalse();
    assertThat(seen.itemVersionSum()).as("both items at version + 1").isEqualTo(1 + 1 + 2 + 1);
    assertThat(seen.versions()).as("3 versions before, one more per item").isEqualTo(3 + 2);
    assertThat(seen.rotationEntries()).isEqualTo(1);
    assertThat(seen.wrappedKeys())
        .hasSize(2)
        .doesNotContainAnyElementsOf(
            wrappedBefore.stream().map(r -> (String) r.get("wrapped_team_key")).toList());

    // ...and after it, nothing of it remains.
    assertThat(TeamApi.snapshot(team)).isEqualTo(before);
    JsonPath teams = as(editor).get("/api/teams").then().statusCode(200).extract().jsonPath();
    assertThat(teams.getInt("items[0].key_generation")).isEqualTo(1);
    assertThat(teams.getBoolean("items[0].rotation_recommended")).isTrue();
    for (UUID id : List.of(first, second)) {
      JsonPath key = as(editor).get("/api/keys/" + id).then().statusCode(200).extract().jsonPath();
      // Still readable with the old team key.
      assertThat(TestKeys.decrypt(key.getString("encrypted_value"), key.getString("iv"), team, id))
          .isEqualTo(id.equals(first) ? "sk_first" : "sk_second_v2");
    }
  }
}
