package pro.keyhaven.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.LambdaEvents;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * The teams function as Lambda drives it: raw API Gateway HTTP API (payload 2.0) events create a
 * team and list its members, and a stranger gets the same 404 as for a team that does not exist.
 *
 * <p>The events go to Quarkus's mock Lambda event server ({@code POST /_lambda_}) through {@code
 * LambdaEvents}.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class LambdaEventTests {

  @Test
  void aTeamIsCreatedAndItsMembersListedThroughRawApiGatewayEvents() throws Exception {
    Account owner = TestAccounts.create("lambda-team");
    Map<String, Object> body = TeamApi.teamBody("Lambda team");
    JsonPath created =
        LambdaEvents.invoke(
            LambdaEvents.apiGatewayV2(
                "POST",
                "/api/teams",
                null,
                owner.accessToken(),
                new ObjectMapper().writeValueAsString(body)));
    assertThat(created.getInt("statusCode")).isEqualTo(201);
    JsonPath team = new JsonPath(created.getString("body"));
    assertThat(team.getString("role")).isEqualTo("admin");
    assertThat(team.getString("wrapped_team_key")).isEqualTo(body.get("wrapped_team_key"));

    JsonPath members =
        LambdaEvents.invoke(
            LambdaEvents.apiGatewayV2(
                "GET",
                "/api/teams/" + team.getString("id") + "/members",
                null,
                owner.accessToken(),
                null));
    assertThat(members.getInt("statusCode")).isEqualTo(200);
    assertThat(new JsonPath(members.getString("body")).getList("items.user_id"))
        .containsExactly(owner.id().toString());
  }

  @Test
  void aStrangerGetsTheSame404AsForNoTeam() {
    Account owner = TestAccounts.create("lambda-team-owner");
    Account stranger = TestAccounts.create("lambda-team-stranger");
    UUID team = TeamApi.newTeam(owner, "Private");
    for (UUID id : new UUID[] {team, UUID.randomUUID()}) {
      JsonPath out =
          LambdaEvents.invoke(
              LambdaEvents.apiGatewayV2(
                  "GET", "/api/teams/" + id + "/members", null, stranger.accessToken(), null));
      assertThat(out.getInt("statusCode")).isEqualTo(404);
      assertThat(new JsonPath(out.getString("body")).getString("message"))
          .isEqualTo("Team not found");
    }
  }
}
