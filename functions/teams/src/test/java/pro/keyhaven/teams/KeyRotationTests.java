package pro.keyhaven.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static pro.keyhaven.teams.TeamApi.as;
import static pro.keyhaven.teams.TeamApi.db;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.teams.TeamApi.NewTeamKey;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * Team-key rotation after a member leaves: a new key pair, every live team key re-encrypted, the
 * new key wrapped for exactly the remaining members, in one request that must match the team.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class KeyRotationTests {

  @Test
  void aRotationSwapsTheKeyPairTheItemsAndTheWrappedKeysTogether() {
    Account owner = TestAccounts.create("rotator");
    Account editor = TestAccounts.create("stays");
    Account leaver = TestAccounts.create("leaves");
    UUID team = TeamApi.newTeam(owner, "Rotating");
    TeamApi.addMember(owner, team, editor, "editor");
    TeamApi.addMember(owner, team, leaver, "viewer");
    UUID first = TeamApi.createTeamKey(owner, team, "stripe", "sk_live_first");
    UUID second = TeamApi.createTeamKey(editor, team, "openai", "sk-second-v1");
    // The second key's value changes once (a version) and its name once (no new version).
    TestKeys.Sealed v2 = TestKeys.encrypt("sk-second-v2", team, second);
    as(editor)
        .body(Map.of("encrypted_value", v2.encryptedValue(), "iv", v2.iv(), "key_generation", 1))
        .put("/api/keys/" + second)
        .then()
        .statusCode(200);
    as(editor)
        .body(Map.of("name", "openai prod"))
        .put("/api/keys/" + second)
        .then()
        .statusCode(200);
    UUID trashed = TeamApi.createTeamKey(owner, team, "old", "sk_old");
    as(owner).delete("/api/keys/" + trashed).then().statusCode(204);
    UUID personal =
        UUID.fromString(
            as(owner)
                .body(TestKeys.body(owner.id(), "GitHub", "mine", "ghp_personal"))
                .post("/api/keys")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    String trashedBefore = keyRow(trashed).toString();
    String personalBefore = keyRow(personal).toString();
    Map<UUID, Map<String, Object>> before = new HashMap<>();
    for (UUID id : List.of(first, second)) {
      before.put(id, keyRow(id));
    }

    as(leaver).delete("/api/teams/" + team + "/members/" + leaver.id()).then().statusCode(204);
    assertThat(
            db().query(
                    "SELECT 1 FROM team_members WHERE team_id = ? AND user_id = ?",
                    team,
                    leaver.id()))
        .isEmpty();
    as(owner).get("/api/teams").then().body("items[0].rotation_recommended", equalTo(true));

    NewTeamKey next = new NewTeamKey();
    Map<String, Object> body = TeamApi.rotationBody(owner, team, next);
    assertThat((List<?>) body.get("members")).hasSize(2);
    assertThat((List<?>) body.get("items")).hasSize(2);
    Map<String, String> wrappedFor = new HashMap<>();
    for (Object m : (List<?>) body.get("members")) {
      Map<?, ?> member = (Map<?, ?>) m;
      wrappedFor.put((String) member.get("user_id"), (String) member.get("wrapped_team_key"));
    }

    as(owner)
        .body(body)
        .post("/api/teams/" + team + "/rotate-key")
        .then()
        .statusCode(200)
        .body("id", equalTo(team.toString()))
        .body("key_generation", equalTo(2))
        .body("rotation_recommended", equalTo(false))
        .body("public_key", equalTo(body.get("public_key")))
        .body("protected_private_key", equalTo(body.get("protected_private_key")))
        .body("wrapped_team_key", equalTo(wrappedFor.get(owner.id().toString())));

    // Every live item carries the new ciphertext at version + 1; the old one is a version.
    Map<UUID, String> plaintext = Map.of(first, "sk_live_first", second, "sk-second-v2");
    for (UUID id : List.of(first, second)) {
      int oldVersion = (Integer) before.get(id).get("version");
      JsonPath read = as(editor).get("/api/keys/" + id).then().statusCode(200).extract().jsonPath();
      assertThat(read.getInt("version")).isEqualTo(oldVersion + 1);
      assertThat(next.decrypt(read.getString("encrypted_value"), read.getString("iv"), team, id))
          .isEqualTo(plaintext.get(id));
      assertThatThrownBy(
              () ->
                  TestKeys.decrypt(
                      read.getString("encrypted_value"), read.getString("iv"), team, id))
          .as("the previous team key no longer opens it")
          .isInstanceOf(IllegalStateException.class);
      JsonPath versions =
          as(editor)
              .get("/api/keys/" + id + "/versions")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(versions.getInt("items[0].version")).isEqualTo(oldVersion + 1);
      assertThat(versions.getString("items[0].encrypted_value"))
          .isEqualTo(read.getString("encrypted_value"));
      assertThat(versions.getString("items[0].created_by")).isEqualTo(owner.id().toString());
      assertThat(versions.getList("items.encrypted_value"))
          .contains(before.get(id).get("encrypted_value"));
    }
    // The second key's history: v1, v2 (the value before the rotation) and v4.
    assertThat(
            as(editor)
                .get("/api/keys/" + second + "/versions")
                .then()
                .extract()
                .jsonPath()
                .getList("items.version"))
        .containsExactly(4, 2, 1);

    // Exactly the remaining members hold the new key; the leaver holds nothing.
    List<Map<String, Object>> rows =
        db().query(
                "SELECT user_id, wrapped_team_key FROM team_members WHERE team_id = ? ORDER BY user_id",
                team);
    assertThat(rows).hasSize(2);
    for (Map<String, Object> r : rows) {
      assertThat(r.get("wrapped_team_key")).isEqualTo(wrappedFor.get(r.get("user_id").toString()));
    }
    as(editor)
        .get("/api/teams")
        .then()
        .body("items[0].wrapped_team_key", equalTo(wrappedFor.get(editor.id().toString())))
        .body("items[0].key_generation", equalTo(2))
        .body("items[0].rotation_recommended", equalTo(false));
    // Keys the rotation does not cover are untouched: the trash, and personal keys.
    assertThat(keyRow(trashed).toString()).isEqualTo(trashedBefore);
    assertThat(keyRow(personal).toString()).isEqualTo(personalBefore);
    assertThat(
            db().query(
                    "SELECT metadata->>'items' AS items, metadata->>'key_generation' AS generation"
                        + " FROM audit_logs WHERE tenant_id = ? AND action = 'team.key_rotated'",
                    team))
        .containsExactly(Map.of("items", "2", "generation", "2"));
  }

  @Test
  void aRotationThatDoesNotMatchTheTeamIsRefusedAndChangesNothing() {
    Account owner = TestAccounts.create("strict");
    Account editor = TestAccounts.create("editor");
    Account stranger = TestAccounts.create("stranger");
    UUID team = TeamApi.newTeam(owner, "Strict");
    TeamApi.addMember(owner, team, editor, "editor");
    UUID first = TeamApi.createTeamKey(owner, team, "a", "value-a");
    TeamApi.createTeamKey(owner, team, "b", "value-b");
    UUID personal =
        UUID.fromString(
            as(owner)
                .body(TestKeys.body(owner.id(), "GitHub", "mine", "ghp"))
                .post("/api/keys")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    String path = "/api/teams/" + team + "/rotate-key";
    String before = TeamApi.snapshot(team);
    Map<String, Object> good = TeamApi.rotationBody(owner, team, new NewTeamKey());

    Map<String, Object> noEditor =
        with(good, "members", dropWhere(good, "members", "user_id", editor.id()));
    as(owner)
        .body(noEditor)
        .post(path)
        .then()
        .statusCode(409)
        .body("code", equalTo("MEMBERS_CHANGED"))
        .body("details.missing", hasItem(editor.id().toString()));
    Map<String, Object> plusStranger =
        with(
            good,
            "members",
            plus(
                good,
                "members",
                Map.of(
                    "user_id",
                    stranger.id().toString(),
                    "wrapped_team_key",
                    TestAccounts.wrapped())));
    as(owner)
        .body(plusStranger)
        .post(path)
        .then()
        .statusCode(409)
        .body("code", equalTo("MEMBERS_CHANGED"))
        .body("details.unexpected", hasItem(stranger.id().toString()));
    as(owner)
        .body(with(good, "items", dropWhere(good, "items", "id", first)))
        .post(path)
        .then()
        .statusCode(409)
        .body("code", equalTo("ITEMS_CHANGED"))
        .body("details.missing", hasItem(first.toString()));
    Map<String, Object> foreign = new HashMap<>(item(good, first));
    foreign.put("id", personal.toString());
    as(owner)
        .body(with(good, "items", plus(good, "items", foreign)))
        .post(path)
        .then()
        .statusCode(409)
        .body("code", equalTo("ITEMS_CHANGED"))
        .body("details.unexpected", hasItem(personal.toString()));
    Map<String, Object> stale = new HashMap<>(item(good, first));
    stale.put("version", 2);
    List<Object> staleItems = dropWhere(good, "items", "id", first);
    staleItems.add(stale);
    as(owner)
        .body(with(good, "items", staleItems))
        .post(path)
        .then()
        .statusCode(412)
        .body("code", equalTo("VERSION_MISMATCH"))
        .body("details.items[0].id", equalTo(first.toString()))
        .body("details.items[0].current_version", equalTo(1));
    as(owner)
        .body(with(good, "members", plus(good, "members", ((List<?>) good.get("members")).get(0))))
        .post(path)
        .then()
        .statusCode(400)
        .body("code", equalTo("DUPLICATE_MEMBER"));
    as(owner)
        .body(with(good, "items", plus(good, "items", item(good, first))))
        .post(path)
        .then()
        .statusCode(400)
        .body("code", equalTo("DUPLICATE_ITEM"));
    as(owner).body(with(good, "members", List.of())).post(path).then().statusCode(400);
    Map<String, Object> badIv = new HashMap<>(item(good, first));
    badIv.put("iv", TestAccounts.b64(16));
    as(owner)
        .body(with(good, "items", List.of(badIv)))
        .post(path)
        .then()
        .statusCode(400)
        .body("details.fields.field", hasItem("iv"));
    as(owner)
        .body(with(good, "public_key", TestAccounts.b64(16)))
        .post(path)
        .then()
        .statusCode(400);
    as(owner)
        .body(with(good, "key_generation", 7))
        .post(path)
        .then()
        .statusCode(400)
        .body("code", equalTo("UNKNOWN_FIELD"));
    as(editor).body(good).post(path).then().statusCode(403);
    assertThat(TeamApi.snapshot(team)).isEqualTo(before);

    // The team moves on while the client prepares: each change makes the prepared body stale.
    TestKeys.Sealed changed = TestKeys.encrypt("value-a2", team, first);
    as(editor)
        .body(
            Map.of(
                "encrypted_value",
                changed.encryptedValue(),
                "iv",
                changed.iv(),
                "key_generation",
                1))
        .put("/api/keys/" + first)
        .then()
        .statusCode(200);
    as(owner).body(good).post(path).then().statusCode(412);
    good = TeamApi.rotationBody(owner, team, new NewTeamKey());
    TeamApi.createTeamKey(editor, team, "c", "value-c");
    as(owner).body(good).post(path).then().statusCode(409).body("code", equalTo("ITEMS_CHANGED"));
    good = TeamApi.rotationBody(owner, team, new NewTeamKey());
    TeamApi.addMember(owner, team, stranger, "viewer");
    as(owner).body(good).post(path).then().statusCode(409).body("code", equalTo("MEMBERS_CHANGED"));
    good = TeamApi.rotationBody(owner, team, new NewTeamKey());
    as(owner).body(good).post(path).then().statusCode(200).body("key_generation", equalTo(2));
  }

  /**
   * Security finding 9: after a rotation, keys in the trash and earlier versions stay under the
   * previous team key. The rotation now keeps that key wrapped under the new one, and every member
   * can read the chain back.
   */
  @Test
  void teamKeyRotationStrandsTrashAndVersions_noLonger() {
    Account owner = TestAccounts.create("history");
    Account viewer = TestAccounts.create("history-viewer");
    Account stranger = TestAccounts.create("history-stranger");
    UUID team = TeamApi.newTeam(owner, "History");
    TeamApi.addMember(owner, team, viewer, "viewer");
    String history = "/api/teams/" + team + "/key-history";
    as(viewer).get(history).then().statusCode(200).body("items", hasSize(0));

    Map<String, Object> body = TeamApi.rotationBody(owner, team, new NewTeamKey());
    Map<String, Object> without = new HashMap<>(body);
    without.remove("previous_team_key");
    String path = "/api/teams/" + team + "/rotate-key";
    as(owner).body(without).post(path).then().statusCode(400);
    as(owner).body(body).post(path).then().statusCode(200).body("key_generation", equalTo(2));
    Map<String, Object> next = TeamApi.rotationBody(owner, team, new NewTeamKey(), false);
    as(owner).body(next).post(path).then().statusCode(200).body("key_generation", equalTo(3));

    as(viewer)
        .get(history)
        .then()
        .statusCode(200)
        .body("items.generation", contains(2, 1))
        .body("items[0].protected_key", equalTo(next.get("previous_team_key")))
        .body("items[1].protected_key", equalTo(body.get("previous_team_key")));
    as(stranger).get(history).then().statusCode(404);
  }

  /**
   * Security finding 9: a client that still holds the team key of before a rotation cannot write a
   * value under it (no member could open it with the new key).
   */
  @Test
  void writesUnderAPreRotationTeamKey_areRefused() {
    Account owner = TestAccounts.create("stale");
    Account editor = TestAccounts.create("stale-editor");
    UUID team = TeamApi.newTeam(owner, "Stale");
    TeamApi.addMember(owner, team, editor, "editor");
    UUID key = TeamApi.createTeamKey(editor, team, "stripe", "sk_before");
    as(owner)
        .body(TeamApi.rotationBody(owner, team, new NewTeamKey()))
        .post("/api/teams/" + team + "/rotate-key")
        .then()
        .statusCode(200);
    int version =
        as(editor).get("/api/keys/" + key).then().statusCode(200).extract().path("version");

    Map<String, Object> stale = TeamApi.teamKeyBody(team, "late", "sk_late");
    stale.put("key_generation", 1);
    as(editor)
        .body(stale)
        .post("/api/keys")
        .then()
        .statusCode(409)
        .body("code", equalTo("TEAM_KEY_ROTATED"))
        .body("details.current_generation", equalTo(2));
    stale.remove("key_generation");
    as(editor)
        .body(stale)
        .post("/api/keys")
        .then()
        .statusCode(400)
        .body("code", equalTo("KEY_GENERATION_REQUIRED"));
    TestKeys.Sealed value = TestKeys.encrypt("sk_after", team, key);
    Map<String, Object> staleValue =
        Map.of("encrypted_value", value.encryptedValue(), "iv", value.iv(), "key_generation", 1);
    as(editor)
        .body(staleValue)
        .put("/api/keys/" + key)
        .then()
        .statusCode(409)
        .body("code", equalTo("TEAM_KEY_ROTATED"));
    as(editor)
        .body(staleValue)
        .post("/api/keys/" + key + "/rotate")
        .then()
        .statusCode(409)
        .body("code", equalTo("TEAM_KEY_ROTATED"));
    as(editor).get("/api/keys/" + key).then().body("version", equalTo(version));

    // Metadata alone names no generation; a value under the current key is taken.
    as(editor).body(Map.of("name", "stripe live")).put("/api/keys/" + key).then().statusCode(200);
    as(editor)
        .body(
            Map.of(
                "encrypted_value", value.encryptedValue(), "iv", value.iv(), "key_generation", 2))
        .put("/api/keys/" + key)
        .then()
        .statusCode(200);
    TeamApi.createTeamKey(editor, team, "late", "sk_late");
  }

  @Test
  void aTeamWithoutKeysRotatesItsKeyPairAlone() {
    Account owner = TestAccounts.create("empty");
    UUID team = TeamApi.newTeam(owner, "Empty");
    Map<String, Object> body = TeamApi.rotationBody(owner, team, new NewTeamKey());
    assertThat((List<?>) body.get("items")).isEmpty();
    as(owner)
        .body(body)
        .post("/api/teams/" + team + "/rotate-key")
        .then()
        .statusCode(200)
        .body("key_generation", equalTo(2))
        .body("public_key", equalTo(body.get("public_key")));
  }

  @Test
  void aValueMissingFromTheHistoryIsKeptBeforeItIsReplaced() {
    Account owner = TestAccounts.create("history");
    UUID team = TeamApi.newTeam(owner, "History");
    UUID key = TeamApi.createTeamKey(owner, team, "legacy", "sk_legacy");
    // A row from before versions were kept: its current value is in no version.
    db().execute("DELETE FROM api_key_versions WHERE key_id = ?", key);
    String oldValue = (String) keyRow(key).get("encrypted_value");
    as(owner)
        .body(TeamApi.rotationBody(owner, team, new NewTeamKey()))
        .post("/api/teams/" + team + "/rotate-key")
        .then()
        .statusCode(200);
    JsonPath versions =
        as(owner).get("/api/keys/" + key + "/versions").then().statusCode(200).extract().jsonPath();
    assertThat(versions.getList("items.version")).containsExactly(2, 1);
    assertThat(versions.getString("items[1].encrypted_value")).isEqualTo(oldValue);
  }

  private static Map<String, Object> keyRow(UUID id) {
    return db().query(
            "SELECT id, encrypted_value, iv, version, updated_at, deleted_at FROM api_keys"
                + " WHERE id = ?",
            id)
        .get(0);
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> out = new HashMap<>(body);
    out.put(field, value);
    return out;
  }

  private static List<Object> dropWhere(
      Map<String, Object> body, String list, String field, UUID id) {
    List<Object> out = new ArrayList<>();
    for (Object e : (List<?>) body.get(list)) {
      if (!id.toString().equals(((Map<?, ?>) e).get(field))) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Object> plus(Map<String, Object> body, String list, Object extra) {
    List<Object> out = new ArrayList<>((List<?>) body.get(list));
    out.add(extra);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> item(Map<String, Object> body, UUID id) {
    for (Object e : (List<?>) body.get("items")) {
      if (id.toString().equals(((Map<?, ?>) e).get("id"))) {
        return (Map<String, Object>) e;
      }
    }
    throw new IllegalArgumentException("no item " + id);
  }
}
