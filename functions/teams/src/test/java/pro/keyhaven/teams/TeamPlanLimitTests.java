package pro.keyhaven.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static pro.keyhaven.teams.TeamApi.as;
import static pro.keyhaven.teams.TeamApi.db;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/** With billing on, creating a team takes the Team plan; joining one does not. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(TeamPlanLimitTests.BillingOn.class)
class TeamPlanLimitTests {

  /** The hosted deployment's switch. */
  public static class BillingOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("keyhaven.billing.enabled", "true");
    }
  }

  @Test
  void freeAndProAccountsGet402PlanLimitNamingTheTeamPlan() {
    Account user = TestAccounts.create("planned");
    for (String tier : new String[] {"free", "pro"}) {
      db().execute("UPDATE users SET subscription_tier = ? WHERE id = ?", tier, user.id());
      as(user)
          .body(TeamApi.teamBody("Not yet"))
          .post("/api/teams")
          .then()
          .statusCode(402)
          .body("type", equalTo("VALIDATION"))
          .body("code", equalTo("PLAN_LIMIT"))
          .body("details.required_plan", equalTo("team"));
    }
    assertThat(db().query("SELECT id FROM teams WHERE owner_id = ?", user.id())).isEmpty();

    db().execute("UPDATE users SET subscription_tier = 'team' WHERE id = ?", user.id());
    UUID team = TeamApi.newTeam(user, "Paid for");
    // A member on the free plan may still be added, and work with the team's keys.
    Account free = TestAccounts.create("free-member");
    TeamApi.addMember(user, team, free, "editor");
    TeamApi.createTeamKey(free, team, "shared", "sk_shared");
  }
}
