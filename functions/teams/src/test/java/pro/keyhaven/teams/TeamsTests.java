package pro.keyhaven.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static pro.keyhaven.teams.TeamApi.as;
import static pro.keyhaven.teams.TeamApi.db;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/** Teams and members end to end (docs/api.md, "Teams"): roles, the owner, leaving, audit. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class TeamsTests {

  @Test
  void theCreatorOwnsTheTeamAsAnAdminWithTheWrappedKeyItSent() {
    Account owner = TestAccounts.create("creator");
    Map<String, Object> body = TeamApi.teamBody("  Platform  ");
    Response created = as(owner).body(body).post("/api/teams");
    created
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/teams/" + created.path("id")))
        .body("name", equalTo("Platform"))
        .body("owner_id", equalTo(owner.id().toString()))
        .body("role", equalTo("admin"))
        .body("wrapped_team_key", equalTo(body.get("wrapped_team_key")))
        .body("public_key", equalTo(body.get("public_key")))
        .body("protected_private_key", equalTo(body.get("protected_private_key")))
        .body("rotation_recommended", equalTo(false))
        .body("key_generation", equalTo(1))
        .body("created_at", notNullValue());
    UUID team = UUID.fromString(created.path("id"));

    JsonPath listed = as(owner).get("/api/teams").then().statusCode(200).extract().jsonPath();
    assertThat(listed.getList("items.id")).containsExactly(team.toString());
    assertThat(listed.getString("items[0].wrapped_team_key"))
        .isEqualTo(body.get("wrapped_team_key"));
    assertThat(
            db().query(
                    "SELECT user_id, role, wrapped_team_key FROM team_members WHERE team_id = ?",
                    team))
        .containsExactly(
            Map.of(
                "user_id", owner.id(),
                "role", "admin",
                "wrapped_team_key", body.get("wrapped_team_key")));
    // Someone else sees nothing of it.
    Account other = TestAccounts.create("other");
    assertThat(as(other).get("/api/teams").then().extract().jsonPath().getList("items")).isEmpty();
  }

  @Test
  void everyFieldIsValidatedAndUnknownFieldsAreRefused() {
    Account owner = TestAccounts.create("valid");
    Map<String, Object> bad = new HashMap<>();
    bad.put("name", "");
    bad.put("public_key", TestAccounts.b64(31));
    bad.put("protected_private_key", "not-wrapped");
    bad.put("wrapped_team_key", "v1.@@@");
    for (var c : bad.entrySet()) {
      Map<String, Object> body = TeamApi.teamBody("ok");
      body.put(c.getKey(), c.getValue());
      as(owner)
          .body(body)
          .post("/api/teams")
          .then()
          .statusCode(400)
          .body("type", equalTo("VALIDATION"))
          .body("details.fields.field", hasItem(c.getKey()));
    }
    for (String name : new String[] {"x".repeat(101), "tab\there", "   "}) {
      Map<String, Object> body = TeamApi.teamBody(name);
      as(owner).body(body).post("/api/teams").then().statusCode(400);
    }
    Map<String, Object> missing = TeamApi.teamBody("ok");
    missing.remove("wrapped_team_key");
    as(owner).body(missing).post("/api/teams").then().statusCode(400);
    Map<String, Object> sneaky = TeamApi.teamBody("ok");
    sneaky.put("owner_id", UUID.randomUUID().toString());
    as(owner)
        .body(sneaky)
        .post("/api/teams")
        .then()
        .statusCode(400)
        .body("code", equalTo("UNKNOWN_FIELD"));
    assertThat(db().query("SELECT id FROM teams WHERE owner_id = ?", owner.id())).isEmpty();

    UUID team = TeamApi.newTeam(owner, "Valid");
    Account member = TestAccounts.create("member");
    String members = "/api/teams/" + team + "/members";
    List<Map<String, Object>> badMembers =
        List.of(
            Map.of("email", "not-an-email", "role", "viewer", "wrapped_team_key", wrapped()),
            Map.of("email", member.email(), "role", "owner", "wrapped_team_key", wrapped()),
            Map.of("email", member.email(), "role", "viewer", "wrapped_team_key", "plain"),
            // The one-step add of old, with a key the admin wrapped to whatever public key the
            // server returned, is gone: an invitation carries no key.
            Map.of("email", member.email(), "role", "viewer", "wrapped_team_key", wrapped()),
            Map.of("email", member.email(), "role", "viewer", "public_key", TestAccounts.b64(32)),
            Map.of(
                "email",
                member.email(),
                "role",
                "viewer",
                "wrapped_team_key",
                wrapped(),
                "permissions",
                List.of("all")));
    for (Map<String, Object> body : badMembers) {
      as(owner).body(body).post(members).then().statusCode(400).body("type", equalTo("VALIDATION"));
    }
    as(owner)
        .body(Map.of("role", "superuser"))
        .patch(members + "/" + owner.id())
        .then()
        .statusCode(400);
    as(owner)
        .body(Map.of("name", "x".repeat(101)))
        .patch("/api/teams/" + team)
        .then()
        .statusCode(400);
    as(owner).get("/api/teams/not-a-uuid/members").then().statusCode(404);
    assertThat(db().query("SELECT 1 FROM team_members WHERE team_id = ?", team)).hasSize(1);
  }

  /**
   * Security review, finding 2: the admin's browser used to wrap the team key to whatever public
   * key the server returned for an e-mail. Now an invitation carries no key; the invitee accepts;
   * the member holds nothing of the team until an admin, having compared the fingerprint phrase of
   * the public key the members list shows, confirms with the team key wrapped to that key.
   */
  @Test
  void teamInvitesTrustServerKeys_memberGetsNoTeamKeyUntilConfirmed() {
    Account owner = TestAccounts.create("adder");
    Account member = TestAccounts.create("joiner");
    UUID team = TeamApi.newTeam(owner, "Growth");
    UUID teamKey = TeamApi.createTeamKey(owner, team, "stripe", "sk_live_growth");
    String members = "/api/teams/" + team + "/members";

    JsonPath invited =
        as(owner)
            .body(Map.of("email", member.email().toUpperCase(), "role", "editor"))
            .post(members)
            .then()
            .statusCode(201)
            .body("user_id", nullValue())
            .body("email", equalTo(member.email()))
            .body("role", equalTo("editor"))
            .body("status", equalTo("invited"))
            .body("invitation_id", notNullValue())
            .extract()
            .jsonPath();
    assertThat(db().query("SELECT 1 FROM team_members WHERE team_id = ?", team)).hasSize(1);
    as(owner)
        .body(Map.of("email", member.email(), "role", "viewer"))
        .post(members)
        .then()
        .statusCode(409)
        .body("code", equalTo("ALREADY_INVITED"));
    // The invitee was told, in-app and through the mail outbox, in the same transaction.
    List<Map<String, Object>> told =
        PlatformTestResource.database()
            .query(
                "SELECT n.kind, n.title, o.status FROM notifications n"
                    + " JOIN notification_outbox o ON o.notification_id = n.id WHERE n.user_id = ?",
                member.id());
    assertThat(told).hasSize(1);
    assertThat(told.get(0)).containsEntry("kind", "team_invite");
    assertThat((String) told.get(0).get("title")).startsWith("You are invited to the team");

    // Invited: the team, its members and its keys stay out of reach.
    JsonPath mine =
        as(member).get("/api/teams/invitations").then().statusCode(200).extract().jsonPath();
    assertThat(mine.getList("items.team_id")).containsExactly(team.toString());
    assertThat(mine.getString("items[0].team_name")).isEqualTo("Growth");
    assertThat(mine.getString("items[0].status")).isEqualTo("invited");
    assertThat(mine.getString("items[0].invited_by")).isEqualTo(owner.email());
    assertNoTeamAccess(member, team, teamKey);

    // Accepted: a membership without a key; still nothing of the team.
    as(member)
        .post("/api/teams/" + team + "/invitation/accept")
        .then()
        .statusCode(200)
        .body("status", equalTo("accepted"));
    List<Map<String, Object>> row =
        db().query(
                "SELECT status, wrapped_team_key FROM team_members WHERE team_id = ? AND user_id = ?",
                team,
                member.id());
    assertThat(row).hasSize(1);
    assertThat(row.get(0).get("status")).isEqualTo("accepted");
    assertThat(row.get(0).get("wrapped_team_key")).isNull();
    assertNoTeamAccess(member, team, teamKey);
    assertThat(
            as(member)
                .get("/api/teams/invitations")
                .then()
                .statusCode(200)
                .extract()
                .<String>path("items[0].status"))
        .isEqualTo("accepted");
    // The admins are asked to compare the phrase and confirm.
    assertThat(
            db().query(
                    "SELECT kind FROM notifications WHERE user_id = ? AND kind = 'team_confirmation'",
                    owner.id()))
        .hasSize(1);

    // The admin sees the member with the public key its browser turns into the phrase.
    JsonPath list = as(owner).get(members).then().statusCode(200).extract().jsonPath();
    assertThat(list.getList("items.email")).containsExactly(owner.email(), member.email());
    assertThat(list.getList("items.status")).containsExactly("confirmed", "accepted");
    assertThat(list.getString("items[1].public_key")).isEqualTo(member.publicKey());

    // A key swapped between the comparison and the confirmation is refused.
    as(owner)
        .body(Map.of("wrapped_team_key", wrapped(), "public_key", TestAccounts.b64(32)))
        .post(members + "/" + member.id() + "/confirm")
        .then()
        .statusCode(409)
        .body("code", equalTo("PUBLIC_KEY_CHANGED"));
    // Only an admin confirms.
    Account editor = TestAccounts.create("editor");
    TeamApi.addMember(owner, team, editor, "editor");
    as(editor)
        .body(Map.of("wrapped_team_key", wrapped(), "public_key", member.publicKey()))
        .post(members + "/" + member.id() + "/confirm")
        .then()
        .statusCode(403);
    assertNoTeamAccess(member, team, teamKey);

    String wrapped = wrapped();
    as(owner)
        .body(Map.of("wrapped_team_key", wrapped, "public_key", member.publicKey()))
        .post(members + "/" + member.id() + "/confirm")
        .then()
        .statusCode(200)
        .body("status", equalTo("confirmed"))
        .body("user_id", equalTo(member.id().toString()));
    as(owner)
        .body(Map.of("wrapped_team_key", wrapped(), "public_key", member.publicKey()))
        .post(members + "/" + member.id() + "/confirm")
        .then()
        .statusCode(409)
        .body("code", equalTo("ALREADY_CONFIRMED"));

    // Confirmed: the team with its own wrapped key and role, and the team's keys.
    JsonPath teams = as(member).get("/api/teams").then().statusCode(200).extract().jsonPath();
    assertThat(teams.getString("items[0].id")).isEqualTo(team.toString());
    assertThat(teams.getString("items[0].role")).isEqualTo("editor");
    assertThat(teams.getString("items[0].wrapped_team_key")).isEqualTo(wrapped);
    as(member).get("/api/keys/" + teamKey).then().statusCode(200);
    assertThat(as(member).get("/api/teams/invitations").then().extract().<List<?>>path("items"))
        .isEmpty();
    assertThat(
            db().query(
                    "SELECT kind FROM notifications WHERE user_id = ? AND kind = 'team_confirmation'",
                    member.id()))
        .hasSize(1);
    // Every step is in the team's chain, without a wrapped key.
    List<Map<String, Object>> audit =
        db().query(
                "SELECT action, user_id, metadata::text AS meta FROM audit_logs WHERE tenant_id = ?"
                    + " AND action IN ('team.member_invited', 'team.member_accepted',"
                    + " 'team.member_confirmed') ORDER BY seq",
                team);
    assertThat(audit.stream().map(r -> (String) r.get("action")).toList())
        .contains("team.member_invited", "team.member_accepted", "team.member_confirmed");
    assertThat(audit.toString()).doesNotContain(wrapped);
    assertThat(invited.getString("invitation_id")).isNotBlank();
  }

  /** Nothing of the team reaches a caller who is not a confirmed member. */
  private static void assertNoTeamAccess(Account a, UUID team, UUID teamKey) {
    assertThat(as(a).get("/api/teams").then().statusCode(200).extract().<List<?>>path("items"))
        .isEmpty();
    as(a).get("/api/teams/" + team + "/members").then().statusCode(404);
    as(a).get("/api/keys/" + teamKey).then().statusCode(404);
    as(a).get("/api/keys/" + teamKey + "/versions").then().statusCode(404);
    as(a).queryParam("team_id", team).get("/api/keys").then().statusCode(404);
    assertThat(as(a).get("/api/keys").then().statusCode(200).extract().<List<?>>path("items"))
        .isEmpty();
  }

  @Test
  void anAddressWithoutAnAccountIsInvitedAndSeesItAfterSigningUp() {
    Account owner = TestAccounts.create("pending-owner");
    UUID team = TeamApi.newTeam(owner, "Later");
    String email = TestAccounts.uniqueEmail("newcomer");
    TeamApi.invite(owner, team, email, "viewer");
    JsonPath list = as(owner).get("/api/teams/" + team + "/members").then().extract().jsonPath();
    assertThat(list.getList("items.status")).containsExactly("confirmed", "invited");
    assertThat(list.getString("items[1].email")).isEqualTo(email);
    assertThat(list.getString("items[1].public_key")).isNull();

    // The address signs up (with another spelling of the same address) and sees the invitation.
    Account newcomer = TestAccounts.createWithEmail(email.toUpperCase());
    assertThat(
            as(newcomer)
                .get("/api/teams/invitations")
                .then()
                .extract()
                .<List<String>>path("items.team_id"))
        .containsExactly(team.toString());
    TeamApi.accept(newcomer, team);
    TeamApi.confirm(owner, team, newcomer);
    assertThat(as(newcomer).get("/api/teams").then().extract().<List<String>>path("items.id"))
        .containsExactly(team.toString());

    // Declining and withdrawing leave no membership and are audited.
    String other = TestAccounts.uniqueEmail("decliner");
    TeamApi.invite(owner, team, other, "viewer");
    Account decliner = TestAccounts.createWithEmail(other);
    as(decliner).post("/api/teams/" + team + "/invitation/decline").then().statusCode(204);
    as(decliner).post("/api/teams/" + team + "/invitation/accept").then().statusCode(404);
    String third = TestAccounts.uniqueEmail("withdrawn");
    TeamApi.invite(owner, team, third, "viewer");
    String invitationId =
        as(owner)
            .get("/api/teams/" + team + "/members")
            .then()
            .extract()
            .jsonPath()
            .getString("items.find { it.email == '" + third + "' }.invitation_id");
    as(owner).delete("/api/teams/" + team + "/invitations/" + invitationId).then().statusCode(204);
    assertThat(db().query("SELECT 1 FROM team_invitations WHERE team_id = ?", team)).isEmpty();
    assertThat(
            db().query(
                    "SELECT action FROM audit_logs WHERE tenant_id = ? AND action IN"
                        + " ('team.member_declined', 'team.invitation_revoked')",
                    team))
        .hasSize(2);
    // A stranger cannot accept or decline another address's invitation.
    TeamApi.invite(owner, team, TestAccounts.uniqueEmail("someone"), "viewer");
    Account stranger = TestAccounts.create("stranger");
    as(stranger).post("/api/teams/" + team + "/invitation/accept").then().statusCode(404);
    as(stranger).post("/api/teams/" + team + "/invitation/decline").then().statusCode(404);
  }

  @Test
  void aTeamTheCallerIsNotInIsTheSame404AsNoTeam() {
    Account owner = TestAccounts.create("hidden");
    Account stranger = TestAccounts.create("prober");
    UUID team = TeamApi.newTeam(owner, "Hidden");
    UUID missing = UUID.randomUUID();
    for (UUID target : new UUID[] {team, missing}) {
      String path = "/api/teams/" + target;
      Response[] answers = {
        as(stranger).get(path + "/members"),
        as(stranger).body(Map.of("name", "mine")).patch(path),
        as(stranger)
            .body(Map.of("email", stranger.email(), "role", "admin"))
            .post(path + "/members"),
        as(stranger)
            .body(Map.of("wrapped_team_key", wrapped(), "public_key", stranger.publicKey()))
            .post(path + "/members/" + stranger.id() + "/confirm"),
        as(stranger).body(Map.of("role", "admin")).patch(path + "/members/" + owner.id()),
        as(stranger).delete(path + "/members/" + owner.id()),
        as(stranger).delete(path + "/members/" + stranger.id()),
        as(stranger)
            .body(
                Map.of(
                    "public_key", TestAccounts.b64(32),
                    "protected_private_key", wrapped(),
                    "members",
                        List.of(Map.of("user_id", stranger.id(), "wrapped_team_key", wrapped())),
                    "items", List.of(),
                    "previous_team_key", wrapped()))
            .post(path + "/rotate-key"),
      };
      for (Response r : answers) {
        r.then()
            .statusCode(404)
            .body("type", equalTo("NOT_FOUND"))
            .body("message", equalTo("Team not found"));
      }
    }
    // A member asking about someone who is not in the team gets 404 for that member too.
    as(owner)
        .body(Map.of("role", "viewer"))
        .patch("/api/teams/" + team + "/members/" + stranger.id())
        .then()
        .statusCode(404)
        .body("message", equalTo("Member not found"));
    as(owner).get("/api/teams").then().body("items[0].name", equalTo("Hidden"));
    assertThat(db().query("SELECT user_id FROM team_members WHERE team_id = ?", team)).hasSize(1);
  }

  @Test
  void theOwnerCannotBeRemovedOrDemotedAndTheLastAdminCannotStepDown() {
    Account owner = TestAccounts.create("founder");
    Account admin = TestAccounts.create("coadmin");
    UUID team = TeamApi.newTeam(owner, "Core");
    String members = "/api/teams/" + team + "/members/";

    // Alone as admin, the owner can neither leave nor demote itself.
    as(owner)
        .delete(members + owner.id())
        .then()
        .statusCode(409)
        .body("code", equalTo("LAST_ADMIN"));
    as(owner)
        .body(Map.of("role", "editor"))
        .patch(members + owner.id())
        .then()
        .statusCode(409)
        .body("code", equalTo("LAST_ADMIN"));

    // With a second admin, the owner still stays, whoever asks.
    TeamApi.addMember(owner, team, admin, "admin");
    as(admin)
        .delete(members + owner.id())
        .then()
        .statusCode(409)
        .body("code", equalTo("OWNER_PROTECTED"));
    as(admin)
        .body(Map.of("role", "viewer"))
        .patch(members + owner.id())
        .then()
        .statusCode(409)
        .body("code", equalTo("OWNER_PROTECTED"))
        .body("type", equalTo("CONFLICT"));
    as(owner)
        .delete(members + owner.id())
        .then()
        .statusCode(409)
        .body("code", equalTo("OWNER_PROTECTED"));
    as(owner)
        .body(Map.of("role", "admin"))
        .patch(members + owner.id())
        .then()
        .statusCode(200)
        .body("role", equalTo("admin"));
    assertThat(
            db().query(
                    "SELECT role FROM team_members WHERE team_id = ? AND user_id = ?",
                    team,
                    owner.id()))
        .containsExactly(Map.of("role", "admin"));

    // Another admin may step down, since the owner remains an admin.
    as(admin)
        .body(Map.of("role", "viewer"))
        .patch(members + admin.id())
        .then()
        .statusCode(200)
        .body("role", equalTo("viewer"));
    // Now a viewer, it may no longer manage members.
    as(admin).body(Map.of("role", "admin")).patch(members + admin.id()).then().statusCode(403);
    as(admin).body(Map.of("name", "Taken over")).patch("/api/teams/" + team).then().statusCode(403);
  }

  @Test
  void aMemberLeavesOrIsRemovedItsWrappedKeyGoesAndTheTeamIsFlaggedForRotation() {
    Account owner = TestAccounts.create("keeper");
    Account leaver = TestAccounts.create("leaver");
    Account removed = TestAccounts.create("removed");
    UUID team = TeamApi.newTeam(owner, "Ops");
    TeamApi.addMember(owner, team, leaver, "editor");
    TeamApi.addMember(owner, team, removed, "viewer");
    UUID key = TeamApi.createTeamKey(owner, team, "db password", "hunter2-but-encrypted");
    as(leaver).get("/api/keys/" + key).then().statusCode(200);
    as(owner).get("/api/teams").then().body("items[0].rotation_recommended", equalTo(false));

    as(leaver).delete("/api/teams/" + team + "/members/" + leaver.id()).then().statusCode(204);
    assertThat(memberRows(team, leaver)).isEmpty();
    as(owner).get("/api/teams").then().body("items[0].rotation_recommended", equalTo(true));
    as(leaver).get("/api/keys/" + key).then().statusCode(404);
    as(leaver).get("/api/teams/" + team + "/members").then().statusCode(404);
    assertThat(as(leaver).get("/api/teams").then().extract().jsonPath().getList("items")).isEmpty();

    as(owner).delete("/api/teams/" + team + "/members/" + removed.id()).then().statusCode(204);
    assertThat(memberRows(team, removed)).isEmpty();
    as(removed).get("/api/keys/" + key).then().statusCode(404);
    // Removing someone who is no longer there is 404.
    as(owner).delete("/api/teams/" + team + "/members/" + removed.id()).then().statusCode(404);
    assertThat(db().query("SELECT rotation_recommended FROM teams WHERE id = ?", team))
        .containsExactly(Map.of("rotation_recommended", true));
  }

  @Test
  void anAdminRenamesTheTeam() {
    Account owner = TestAccounts.create("renamer");
    Account admin = TestAccounts.create("renamer2");
    UUID team = TeamApi.newTeam(owner, "Old name");
    TeamApi.addMember(owner, team, admin, "admin");
    as(admin)
        .body(Map.of("name", " New name "))
        .patch("/api/teams/" + team)
        .then()
        .statusCode(200)
        .body("name", equalTo("New name"))
        .body("role", equalTo("admin"));
    as(owner).get("/api/teams").then().body("items[0].name", equalTo("New name"));
  }

  @Test
  void teamChangesGoToTheTeamsChainWhichItsAdminsSeeWithoutAnyWrappedKey() {
    Account owner = TestAccounts.create("auditor");
    Account editor = TestAccounts.create("audited");
    Account gone = TestAccounts.create("gone");
    Map<String, Object> body = TeamApi.teamBody("Audited");
    UUID team =
        UUID.fromString(
            as(owner).body(body).post("/api/teams").then().statusCode(201).extract().path("id"));
    String editorKey = TeamApi.addMember(owner, team, editor, "viewer");
    String goneKey = TeamApi.addMember(owner, team, gone, "viewer");
    as(owner)
        .body(Map.of("role", "editor"))
        .patch("/api/teams/" + team + "/members/" + editor.id())
        .then()
        .statusCode(200);
    as(owner).body(Map.of("name", "Audited 2")).patch("/api/teams/" + team).then().statusCode(200);
    as(owner).delete("/api/teams/" + team + "/members/" + gone.id()).then().statusCode(204);
    TeamApi.NewTeamKey next = new TeamApi.NewTeamKey();
    Map<String, Object> rotation = TeamApi.rotationBody(owner, team, next);
    as(owner).body(rotation).post("/api/teams/" + team + "/rotate-key").then().statusCode(200);

    List<Map<String, Object>> rows =
        db().query(
                "SELECT action, user_id, resource, resource_id, metadata::text AS metadata"
                    + " FROM audit_logs WHERE tenant_id = ? ORDER BY seq",
                team);
    assertThat(rows)
        .extracting(r -> r.get("action"))
        .containsExactly(
            "team.create",
            "team.member_invited",
            "team.member_accepted",
            "team.member_confirmed",
            "team.member_invited",
            "team.member_accepted",
            "team.member_confirmed",
            "team.member_role_changed",
            "team.rename",
            "team.member_removed",
            "team.key_rotated");
    // Each step is the act of whoever took it: the invitee accepts, the admin does the rest.
    assertThat(rows)
        .allSatisfy(
            r ->
                assertThat(r.get("user_id"))
                    .isEqualTo(
                        "team.member_accepted".equals(r.get("action"))
                            ? (r.get("metadata").toString().contains(editor.id().toString())
                                ? editor.id()
                                : gone.id())
                            : owner.id()));
    assertThat(rows).allSatisfy(r -> assertThat(r.get("resource_id")).isEqualTo(team.toString()));
    String everything = rows.toString();
    assertThat(everything)
        .doesNotContain((String) body.get("wrapped_team_key"))
        .doesNotContain((String) body.get("protected_private_key"))
        .doesNotContain(editorKey)
        .doesNotContain(goneKey)
        .doesNotContain((String) rotation.get("protected_private_key"))
        .doesNotContain("wrapped");
    assertThat(rows.get(7).get("metadata").toString())
        .contains("\"role\": \"editor\"")
        .contains("\"previous_role\": \"viewer\"")
        .contains(editor.id().toString());

    // The owner (an admin) reads the team's chain; the editor does not.
    List<String> ownerSees =
        as(owner)
            .queryParam("resource_id", team.toString())
            .queryParam("size", 12)
            .get("/api/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("items.action");
    assertThat(ownerSees).contains("team.key_rotated", "team.member_removed", "team.create");
    List<String> editorSees =
        as(editor)
            .queryParam("resource_id", team.toString())
            .get("/api/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("items.action");
    assertThat(editorSees).isEmpty();

    // The owner verifies the team's chain; for the editor it does not exist.
    as(owner)
        .queryParam("team_id", team.toString())
        .get("/api/audit/verify")
        .then()
        .statusCode(200)
        .body("valid", org.hamcrest.Matchers.equalTo(true))
        .body("entries", org.hamcrest.Matchers.equalTo(11))
        .body("unsealed", org.hamcrest.Matchers.equalTo(0));
    as(editor)
        .queryParam("team_id", team.toString())
        .get("/api/audit/verify")
        .then()
        .statusCode(404);
  }

  private static List<Map<String, Object>> memberRows(UUID team, Account a) {
    return db().query(
            "SELECT wrapped_team_key FROM team_members WHERE team_id = ? AND user_id = ?",
            team,
            a.id());
  }

  private static Map<String, Object> errorOf(Response r) {
    Map<String, Object> body = new HashMap<>(r.jsonPath().getMap(""));
    body.remove("request_id");
    body.remove("timestamp");
    return body;
  }

  private static String wrapped() {
    return TestAccounts.wrapped();
  }
}
