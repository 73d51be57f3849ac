package pro.keyhaven.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.notify.OutboxSender;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * With a mail sender configured (Resend, played by WireMock at the wire level), registration mails
 * an e-mail verification link; the token is kept hashed, works once and expires.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(EmailVerificationTests.WithResend.class)
class EmailVerificationTests {

  public static class WithResend implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(ResendStandIn.class));
    }
  }

  private static final Pattern LINK =
      Pattern.compile("https://app\\.keyhaven\\.test/#/verify-email\\?token=([A-Za-z0-9_-]{43})");

  @Test
  void registrationMailsAVerificationLinkThatWorksOnce() throws Throwable {
    ResendStandIn.server.resetAll();
    ResendStandIn.server.stubFor(
        post(urlEqualTo("/emails"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"49a3999c-0ce1-4ea6-ab68-afcd6dc2e794\"}")));
    Account a = TestAccounts.create("verify");
    given()
        .auth()
        .oauth2(a.accessToken())
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("email_verified", equalTo(false))
        .body("email_verification_required", equalTo(true));

    OutboxSender sender = Arc.container().instance(OutboxSender.class).get();
    VertxContextSupport.subscribeAndAwait(sender::drain);
    List<ServeEvent> mails =
        ResendStandIn.server.getAllServeEvents().stream()
            .filter(e -> e.getRequest().getBodyAsString().contains(a.email()))
            .toList();
    assertThat(mails).hasSize(1);
    String body = mails.get(0).getRequest().getBodyAsString();
    Matcher m = LINK.matcher(body);
    assertThat(m.find()).as("the mail carries the link: " + body).isTrue();
    String token = m.group(1);

    // Stored as its SHA-256 only; the outbox forgets the link once the mail is out.
    List<Map<String, Object>> rows =
        PlatformTestResource.database()
            .query(
                "SELECT encode(token_hash, 'hex') AS h, expires_at > now() + interval '47 hours'"
                    + " AS long_enough FROM email_verifications WHERE user_id = ?",
                a.id());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("h").toString()).doesNotContain(token);
    assertThat(rows.get(0).get("long_enough")).isEqualTo(true);
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT action_url FROM notification_outbox WHERE user_id = ?"
                        + " AND action_url IS NOT NULL",
                    a.id()))
        .isEmpty();

    String wrong = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
    given()
        .contentType("application/json")
        .body(Map.of("token", wrong))
        .post("/api/auth/verify-email")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_TOKEN"));
    given()
        .contentType("application/json")
        .body(Map.of("token", token))
        .post("/api/auth/verify-email")
        .then()
        .statusCode(204);
    given()
        .contentType("application/json")
        .body(Map.of("token", token))
        .post("/api/auth/verify-email")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_TOKEN"));
    given()
        .auth()
        .oauth2(a.accessToken())
        .get("/api/me")
        .then()
        .body("email_verified", equalTo(true));
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT 1 FROM audit_logs WHERE tenant_id = ? AND action = 'auth.email_verified'",
                    a.id()))
        .hasSize(1);
  }

  @Test
  void anExpiredLinkIsRefusedAndANewOneCanBeSent() {
    Account a = TestAccounts.create("expired");
    PlatformTestResource.database()
        .execute(
            "UPDATE email_verifications SET expires_at = now() - interval '1 minute'"
                + " WHERE user_id = ?",
            a.id());
    given()
        .auth()
        .oauth2(a.accessToken())
        .post("/api/me/email-verification")
        .then()
        .statusCode(200)
        .body("email_verified", equalTo(false))
        .body("verification_required", equalTo(true));
    // The earlier, unused token is gone; one fresh one waits.
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT 1 FROM email_verifications WHERE user_id = ? AND expires_at > now()",
                    a.id()))
        .hasSize(1);
    assertThat(
            PlatformTestResource.database()
                .query("SELECT 1 FROM email_verifications WHERE user_id = ?", a.id()))
        .hasSize(1);
  }
}
