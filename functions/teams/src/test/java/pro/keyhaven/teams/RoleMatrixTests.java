package pro.keyhaven.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static pro.keyhaven.teams.TeamApi.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Every team and team-key endpoint, called by every kind of caller: the owner, an admin, an editor,
 * a viewer, an invited address, a member who accepted but is not confirmed yet (neither holds the
 * team key, so both are outside the team), a removed member, the admin of another team and a
 * stranger. Inside the team a role too low is 403; outside it everything is 404, as if the team did
 * not exist (OWASP API1, object level, and API5, function level). The matrix is printed to the test
 * output.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RoleMatrixTests {

  private static final String[] ACTORS = {
    "owner", "admin", "editor", "viewer", "invited", "accepted", "removed", "outsider", "stranger"
  };

  /** One endpoint: what each actor must get, and how to call it (set-up per call included). */
  private record Row(String endpoint, int[] expected, Function<Account, Response> call) {}

  private Account owner;
  private UUID team;
  private UUID sharedKey;

  @Test
  void everyEndpointAnswersEachActorByItsRole() {
    owner = TestAccounts.create("owner");
    team = TeamApi.newTeam(owner, "Payments");
    Account admin = TestAccounts.create("admin");
    Account editor = TestAccounts.create("editor");
    Account viewer = TestAccounts.create("viewer");
    Account invited = TestAccounts.create("invited");
    Account accepted = TestAccounts.create("accepted");
    Account removed = TestAccounts.create("removed");
    Account outsider = TestAccounts.create("outsider");
    Account stranger = TestAccounts.create("stranger");
    Account spare = TestAccounts.create("spare");
    TeamApi.addMember(owner, team, admin, "admin");
    TeamApi.addMember(owner, team, editor, "editor");
    TeamApi.addMember(owner, team, viewer, "viewer");
    TeamApi.addMember(owner, team, spare, "viewer");
    TeamApi.addMember(owner, team, removed, "editor");
    as(owner).delete("/api/teams/" + team + "/members/" + removed.id()).then().statusCode(204);
    TeamApi.invite(owner, team, invited.email(), "editor");
    TeamApi.invite(owner, team, accepted.email(), "admin");
    TeamApi.accept(accepted, team);
    UUID otherTeam = TeamApi.newTeam(outsider, "Another team");
    TeamApi.createTeamKey(outsider, otherTeam, "theirs", "sk_other_team");
    sharedKey = TeamApi.createTeamKey(owner, team, "shared", "sk_live_shared");
    Account[] actors = {
      owner, admin, editor, viewer, invited, accepted, removed, outsider, stranger
    };
    // The lists follow the same rule: the team and its keys show for its members only.
    for (int i = 0; i < actors.length; i++) {
      assertListed(actors[i], ACTORS[i], i < 4);
    }

    String teamPath = "/api/teams/" + team;
    String keyPath = "/api/keys/" + sharedKey;
    int[] anyone201 = {201, 201, 201, 201, 201, 201, 201, 201, 201};
    int[] anyone200 = {200, 200, 200, 200, 200, 200, 200, 200, 200};
    int[] members200 = {200, 200, 200, 200, 404, 404, 404, 404, 404};
    int[] editors200 = {200, 200, 200, 403, 404, 404, 404, 404, 404};
    int[] editors201 = {201, 201, 201, 403, 404, 404, 404, 404, 404};
    int[] admins200 = {200, 200, 403, 403, 404, 404, 404, 404, 404};
    int[] admins201 = {201, 201, 403, 403, 404, 404, 404, 404, 404};
    int[] admins204 = {204, 204, 403, 403, 404, 404, 404, 404, 404};
    int[] counter = {0};

    List<Row> rows =
        List.of(
            new Row(
                "POST   /api/teams",
                anyone201,
                a -> as(a).body(TeamApi.teamBody("Own team")).post("/api/teams")),
            new Row("GET    /api/teams", anyone200, a -> as(a).get("/api/teams")),
            new Row(
                "PATCH  /api/teams/{id}",
                admins200,
                a -> as(a).body(Map.of("name", "Payments " + ++counter[0])).patch(teamPath)),
            new Row(
                "GET    /api/teams/{id}/members",
                members200,
                a -> as(a).get(teamPath + "/members")),
            new Row(
                "POST   /api/teams/{id}/members",
                admins201,
                a -> {
                  Account invitee = TestAccounts.create("invitee");
                  return as(a)
                      .body(Map.of("email", invitee.email(), "role", "viewer"))
                      .post(teamPath + "/members");
                }),
            new Row(
                "POST   /api/teams/{id}/members/{uid}/confirm",
                admins200,
                a -> {
                  Account joiner = TestAccounts.create("joiner");
                  TeamApi.invite(owner, team, joiner.email(), "viewer");
                  TeamApi.accept(joiner, team);
                  return as(a)
                      .body(
                          Map.of(
                              "wrapped_team_key",
                              TestAccounts.wrapped(),
                              "public_key",
                              joiner.publicKey()))
                      .post(teamPath + "/members/" + joiner.id() + "/confirm");
                }),
            new Row(
                "GET    /api/teams/invitations",
                anyone200,
                a -> as(a).get("/api/teams/invitations")),
            new Row(
                "PATCH  /api/teams/{id}/members/{uid}",
                admins200,
                a ->
                    as(a)
                        .body(Map.of("role", ++counter[0] % 2 == 0 ? "editor" : "viewer"))
                        .patch(teamPath + "/members/" + spare.id())),
            new Row(
                "DELETE /api/teams/{id}/members/{uid}",
                admins204,
                a -> {
                  Account victim = TestAccounts.create("victim");
                  TeamApi.addMember(owner, team, victim, "viewer");
                  return as(a).delete(teamPath + "/members/" + victim.id());
                }),
            new Row(
                "POST   /api/teams/{id}/rotate-key",
                admins200,
                a ->
                    as(a)
                        .body(TeamApi.rotationBody(owner, team, new TeamApi.NewTeamKey(), false))
                        .post(teamPath + "/rotate-key")),
            new Row(
                "GET    /api/keys?team_id={id}",
                members200,
                a -> as(a).queryParam("team_id", team).get("/api/keys")),
            new Row("GET    /api/keys", anyone200, a -> as(a).get("/api/keys")),
            new Row(
                "POST   /api/keys {team_id}",
                editors201,
                a -> as(a).body(TeamApi.teamKeyBody(team, "new", "sk_new")).post("/api/keys")),
            new Row("GET    /api/keys/{id}", members200, a -> as(a).get(keyPath)),
            new Row(
                "PUT    /api/keys/{id}",
                editors200,
                a -> as(a).body(Map.of("name", "shared " + ++counter[0])).put(keyPath)),
            new Row(
                "POST   /api/keys/{id}/rotate",
                editors200,
                a -> {
                  TestKeys.Sealed v = TestKeys.encrypt("sk_live_next", team, sharedKey);
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
            new Row(
                "GET    /api/keys/{id}/versions",
                members200,
                a -> as(a).get(keyPath + "/versions")),
            new Row(
                "DELETE /api/keys/{id}", admins204, a -> as(a).delete("/api/keys/" + freshKey())),
            new Row(
                "POST   /api/keys/{id}/restore",
                admins200,
                a -> {
                  UUID k = freshKey();
                  as(owner).delete("/api/keys/" + k).then().statusCode(204);
                  return as(a).post("/api/keys/" + k + "/restore");
                }),
            new Row(
                "DELETE /api/keys/{id}?purge=true",
                admins204,
                a -> as(a).queryParam("purge", true).delete("/api/keys/" + freshKey())),
            // Last, since it changes who is in the team: anyone may leave, except the owner.
            new Row(
                "DELETE /api/teams/{id}/members/{self}",
                new int[] {409, 204, 204, 204, 404, 204, 404, 404, 404},
                a -> as(a).delete(teamPath + "/members/" + a.id())));

    Map<String, int[]> actual = new LinkedHashMap<>();
    List<String> mismatches = new ArrayList<>();
    for (Row row : rows) {
      int[] got = new int[actors.length];
      for (int i = 0; i < actors.length; i++) {
        got[i] = row.call().apply(actors[i]).statusCode();
        if (got[i] != row.expected()[i]) {
          mismatches.add(
              row.endpoint().replaceAll(" +", " ")
                  + " as "
                  + ACTORS[i]
                  + ": expected "
                  + row.expected()[i]
                  + ", got "
                  + got[i]);
        }
      }
      actual.put(row.endpoint(), got);
    }
    System.out.println(render(rows, actual));

    assertThat(mismatches).isEmpty();
    // Everyone but the owner has left.
    for (int i = 0; i < actors.length; i++) {
      assertListed(actors[i], ACTORS[i], i == 0);
    }
  }

  private void assertListed(Account a, String who, boolean member) {
    List<String> teams = as(a).get("/api/teams").then().statusCode(200).extract().path("items.id");
    // A small page: the test-mode Lambda event server stalls on bodies over 8 KiB (quarkus#44551).
    List<String> keyTeams =
        as(a)
            .queryParam("size", 5)
            .get("/api/keys")
            .then()
            .statusCode(200)
            .extract()
            .path("items.team_id");
    assertThat(teams.contains(team.toString())).as(who + " lists the team").isEqualTo(member);
    assertThat(keyTeams.contains(team.toString()))
        .as(who + " lists the team's keys")
        .isEqualTo(member);
  }

  /** A new team key, made by the owner, for a call that consumes it. */
  private UUID freshKey() {
    return TeamApi.createTeamKey(owner, team, "disposable", "sk_disposable");
  }

  private static String render(List<Row> rows, Map<String, int[]> actual) {
    int width = rows.stream().mapToInt(r -> r.endpoint().length()).max().orElse(10);
    StringBuilder out = new StringBuilder();
    out.append("\nRole matrix: expected/actual HTTP status per endpoint and caller")
        .append(" (! marks a mismatch)\n");
    String line = "-".repeat(width + 2 + ACTORS.length * 11) + "\n";
    out.append(line).append(String.format("%-" + width + "s |", "endpoint"));
    for (String a : ACTORS) {
      out.append(String.format(" %-9s", a)).append('|');
    }
    out.append('\n').append(line);
    for (Row row : rows) {
      out.append(String.format("%-" + width + "s |", row.endpoint()));
      int[] got = actual.get(row.endpoint());
      for (int i = 0; i < ACTORS.length; i++) {
        String cell = row.expected()[i] + "/" + got[i] + (row.expected()[i] == got[i] ? "" : " !");
        out.append(String.format(" %-9s", cell)).append('|');
      }
      out.append('\n');
    }
    return out.append(line).toString();
  }
}
