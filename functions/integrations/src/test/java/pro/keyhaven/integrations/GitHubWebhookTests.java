package pro.keyhaven.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestDatabase;

/**
 * {@code POST /webhooks/github}: signatures, replays, and the leak loop — an alert marks exactly
 * the keys whose fingerprint matches among those its connected user sees, and nothing else.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(GitHubStandIn.class)
class GitHubWebhookTests {

  static String sign(String body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256="
          + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Response deliver(String event, String delivery, String body, String signature) {
    var req =
        given()
            .contentType("application/json")
            .header("X-GitHub-Event", event)
            .header("X-GitHub-Delivery", delivery)
            .body(body);
    if (signature != null) {
      req.header("X-Hub-Signature-256", signature);
    }
    return req.post("/webhooks/github");
  }

  static String alert(String owner, String repo, long number) {
    return "{\"action\":\"created\",\"alert\":{\"number\":"
        + number
        + ",\"secret_type\":\"stripe_api_key\",\"state\":\"open\"},\"repository\":{\"id\":1,"
        + "\"name\":\""
        + repo
        + "\",\"full_name\":\""
        + owner
        + "/"
        + repo
        + "\",\"owner\":{\"login\":\""
        + owner
        + "\"}},\"sender\":{\"login\":\"github\"}}";
  }

  static TestDatabase db() {
    return PlatformTestResource.database();
  }

  static boolean exposed(String keyId) {
    return (Boolean)
        db().query("SELECT exposed FROM api_keys WHERE id = ?::uuid", keyId).get(0).get("exposed");
  }

  static int health(Account a, String keyId) {
    return GitHubTests.as(a).get("/api/keys/" + keyId).then().extract().path("health_score");
  }

  @BeforeEach
  void standIn() {
    GitHubStandIn.server.resetAll();
    GitHubStandIn.refuseUnknownTokens();
  }

  @Test
  void aDeliveryWithoutTheRightSignatureIs401AndChangesNothing() {
    String body = "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":1}";
    String delivery = UUID.randomUUID().toString();
    deliver("ping", delivery, body, null)
        .then()
        .statusCode(401)
        .body("type", org.hamcrest.Matchers.equalTo("AUTHENTICATION"));
    deliver("ping", delivery, body, sign(body, "not-the-secret")).then().statusCode(401);
    deliver("ping", delivery, body, "sha256=zz").then().statusCode(401);
    deliver("ping", delivery, body + " ", sign(body, GitHubStandIn.WEBHOOK_SECRET))
        .then()
        .statusCode(401);
    // None of these was remembered: the genuine delivery still applies.
    deliver("ping", delivery, body, sign(body, GitHubStandIn.WEBHOOK_SECRET))
        .then()
        .statusCode(202)
        .body("status", org.hamcrest.Matchers.equalTo("applied"));
    deliver("ping", delivery, body, sign(body, GitHubStandIn.WEBHOOK_SECRET))
        .then()
        .statusCode(202)
        .body("status", org.hamcrest.Matchers.equalTo("duplicate"));
    String installation = "{\"action\":\"created\",\"installation\":{\"id\":7}}";
    deliver(
            "installation",
            UUID.randomUUID().toString(),
            installation,
            sign(installation, GitHubStandIn.WEBHOOK_SECRET))
        .then()
        .statusCode(202)
        .body("status", org.hamcrest.Matchers.equalTo("ignored"));
  }

  @Test
  void aLeakAlertMarksTheMatchingKeyExposedNotifiesAndTouchesNothingElse() {
    Account ada = TestAccounts.create("gh-leak");
    String login = GitHubTests.login("octo-leak");
    String token = GitHubTests.connect(ada, login);
    String leakedValue = "sk_live_" + UUID.randomUUID().toString().replace("-", "") + "Zx9";
    String leaked = GitHubTests.createKey(ada, "checkout live", leakedValue);
    String untouched =
        GitHubTests.createKey(
            ada, "other", "sk_live_" + UUID.randomUUID().toString().replace("-", ""));
    // Someone else holds the same value (and has GitHub connected elsewhere): not theirs to hear.
    Account bob = TestAccounts.create("gh-leak-bob");
    GitHubTests.connect(bob, GitHubTests.login("octo-bob"));
    String bobs = GitHubTests.createKey(bob, "same value", leakedValue);
    int before = health(ada, leaked);

    GitHubStandIn.server.stubFor(
        get(urlEqualTo("/repos/" + login + "/payments/secret-scanning/alerts/7"))
            .withHeader("Authorization", equalTo("Bearer " + token))
            .willReturn(
                okJson(
                    "{\"number\":7,\"state\":\"open\",\"secret_type\":\"stripe_api_key\","
                        + "\"secret_type_display_name\":\"Stripe API Key\",\"secret\":\""
                        + leakedValue
                        + "\",\"html_url\":\"https://github.com/"
                        + login
                        + "/payments/security/secret-scanning/7\"}")));
    String body = alert(login, "payments", 7);
    String delivery = UUID.randomUUID().toString();
    deliver("secret_scanning_alert", delivery, body, sign(body, GitHubStandIn.WEBHOOK_SECRET))
        .then()
        .statusCode(202)
        .body("status", org.hamcrest.Matchers.equalTo("applied"))
        .body("exposed", org.hamcrest.Matchers.equalTo(1));

    assertThat(exposed(leaked)).isTrue();
    assertThat(exposed(untouched)).isFalse();
    assertThat(exposed(bobs)).isFalse();
    assertThat(health(ada, leaked)).isLessThan(before);
    List<Map<String, Object>> notes =
        db().query("SELECT kind, title, body FROM notifications WHERE user_id = ?", ada.id());
    assertThat(notes).extracting(n -> n.get("kind")).containsExactly("leak");
    assertThat(notes.get(0).get("title").toString()).contains("checkout live");
    assertThat(notes.get(0).get("body").toString()).contains(login + "/payments");
    assertThat(db().query("SELECT 1 FROM notifications WHERE user_id = ?", bob.id())).isEmpty();
    assertThat(
            db().query(
                    "SELECT metadata::text AS m FROM audit_logs WHERE action = 'key.exposed'"
                        + " AND resource_id = ?",
                    leaked))
        .singleElement()
        .satisfies(r -> assertThat(r.get("m").toString()).contains("github_secret_scanning"));
    assertThat(
            db().query(
                    "SELECT type, severity FROM insights WHERE user_id = ? AND type = 'exposed'",
                    ada.id()))
        .extracting(r -> r.get("severity"))
        .containsExactly("critical");
    // The leaked value was hashed and forgotten: it is nowhere in the database.
    assertThat(db().dumpAllTables()).doesNotContain(leakedValue);

    // GitHub delivers again: acknowledged, nothing happens twice.
    deliver("secret_scanning_alert", delivery, body, sign(body, GitHubStandIn.WEBHOOK_SECRET))
        .then()
        .statusCode(202)
        .body("status", org.hamcrest.Matchers.equalTo("duplicate"));
    assertThat(db().query("SELECT 1 FROM notifications WHERE user_id = ?", ada.id())).hasSize(1);
  }

  @Test
  void anAlertWhoseSecretMatchesNoKeyChangesNothing() {
    Account ada = TestAccounts.create("gh-nomatch");
    String login = GitHubTests.login("octo-nomatch");
    String token = GitHubTests.connect(ada, login);
    String key =
        GitHubTests.createKey(
            ada, "mine", "sk_live_" + UUID.randomUUID().toString().replace("-", ""));
    GitHubStandIn.server.stubFor(
        get(urlEqualTo("/repos/" + login + "/site/secret-scanning/alerts/3"))
            .withHeader("Authorization", equalTo("Bearer " + token))
            .willReturn(
                okJson("{\"number\":3,\"secret\":\"ghp_notInAnyVault0123456789abcdefghijkl\"}")));
    String body = alert(login, "site", 3);
    deliver(
            "secret_scanning_alert",
            UUID.randomUUID().toString(),
            body,
            sign(body, GitHubStandIn.WEBHOOK_SECRET))
        .then()
        .statusCode(202)
        .body("exposed", org.hamcrest.Matchers.equalTo(0));
    assertThat(exposed(key)).isFalse();
    assertThat(db().query("SELECT 1 FROM notifications WHERE user_id = ?", ada.id())).isEmpty();

    // An alert for a repository nobody connected: GitHub is not even asked.
    String stranger = alert("nobody-" + UUID.randomUUID().toString().substring(0, 8), "x", 1);
    GitHubStandIn.server.resetRequests();
    deliver(
            "secret_scanning_alert",
            UUID.randomUUID().toString(),
            stranger,
            sign(stranger, GitHubStandIn.WEBHOOK_SECRET))
        .then()
        .statusCode(202)
        .body("exposed", org.hamcrest.Matchers.equalTo(0));
    assertThat(GitHubStandIn.server.getAllServeEvents()).isEmpty();
  }
}
