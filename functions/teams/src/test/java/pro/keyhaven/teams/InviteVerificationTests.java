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

/**
 * Where e-mail verification is on (a mail sender is configured), an unverified address cannot be
 * invited, and an invitation to an address that signs up later waits until it is verified: anyone
 * can register {@code alice@corp.com} before Alice, but only Alice can open her mail.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(InviteVerificationTests.VerificationOn.class)
class InviteVerificationTests {

  public static class VerificationOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("keyhaven.notify.email.verification", "on");
    }
  }

  private static void verify(Account a) {
    db().execute("UPDATE users SET email_verified_at = now() WHERE id = ?", a.id());
  }

  @Test
  void teamInvitesTrustServerKeys_anUnverifiedAddressCannotBeInvitedOrAccept() {
    Account owner = TestAccounts.create("verified-owner");
    verify(owner);
    UUID team = TeamApi.newTeam(owner, "Verified only");
    Account squatter = TestAccounts.create("squatter");
    as(owner)
        .body(Map.of("email", squatter.email(), "role", "viewer"))
        .post("/api/teams/" + team + "/members")
        .then()
        .statusCode(409)
        .body("code", equalTo("EMAIL_NOT_VERIFIED"));
    assertThat(db().query("SELECT 1 FROM team_invitations WHERE team_id = ?", team)).isEmpty();

    // An address without an account may be invited; whoever signs up with it must verify it
    // before accepting.
    String email = TestAccounts.uniqueEmail("later");
    TeamApi.invite(owner, team, email, "viewer");
    Account later = TestAccounts.createWithEmail(email);
    as(later)
        .post("/api/teams/" + team + "/invitation/accept")
        .then()
        .statusCode(409)
        .body("code", equalTo("EMAIL_NOT_VERIFIED"));
    verify(later);
    TeamApi.accept(later, team);
    TeamApi.confirm(owner, team, later);

    verify(squatter);
    TeamApi.invite(owner, team, squatter.email(), "viewer");
  }
}
