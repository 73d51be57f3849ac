package pro.keyhaven.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.detect.KeyFormats;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * The GitHub integration against a stand-in of GitHub's REST API: connect, list, public keys, push
 * (created and updated) with sync records, deploy keys, and GitHub's failures as errors a person
 * can act on.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(GitHubStandIn.class)
class GitHubTests {

  static final SecureRandom RANDOM = new SecureRandom();

  static RequestSpecification as(Account a) {
    return given().auth().oauth2(a.accessToken()).contentType("application/json");
  }

  static String login(String prefix) {
    return prefix + "-" + Long.toHexString(RANDOM.nextLong() & 0xffffffffL);
  }

  static String connect(Account a, String login) {
    String token = GitHubStandIn.tokenFor(login);
    as(a)
        .body(Map.of("token", token))
        .put("/api/integrations/github")
        .then()
        .statusCode(200)
        .body("login", equalTo(login));
    return token;
  }

  static String sealedBox() {
    byte[] b = new byte[48 + 40];
    RANDOM.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  static String createKey(Account a, String name, String value) {
    Map<String, Object> body = TestKeys.body(a.id(), "Stripe", name, value);
    body.put("value_fingerprint", KeyFormats.fingerprint(value));
    return as(a).body(body).post("/api/keys").then().statusCode(201).extract().path("id");
  }

  @BeforeEach
  void standIn() {
    GitHubStandIn.server.resetAll();
    GitHubStandIn.refuseUnknownTokens();
  }

  @Test
  void connectKeepsTheTokenSealedAndNeverAnswersIt() {
    Account a = TestAccounts.create("gh-connect");
    as(a).get("/api/integrations/github").then().statusCode(200).body("connected", equalTo(false));
    String login = login("octo-ada");
    String token = connect(a, login);

    String status =
        as(a).get("/api/integrations/github").then().statusCode(200).extract().asString();
    assertThat(status).contains(login).doesNotContain(token);
    var rows =
        PlatformTestResource.database()
            .query("SELECT token_ciphertext FROM github_connections WHERE user_id = ?", a.id());
    assertThat(rows).hasSize(1);
    byte[] sealed = (byte[]) rows.get(0).get("token_ciphertext");
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(token);
    assertThat(PlatformTestResource.database().dumpAllTables()).doesNotContain(token);

    // A token GitHub refuses is the caller's input to fix, and nothing is stored.
    Account b = TestAccounts.create("gh-bad");
    as(b)
        .body(Map.of("token", "github_pat_11NOTATOKEN_0000000000000000"))
        .put("/api/integrations/github")
        .then()
        .statusCode(400)
        .body("code", equalTo("GITHUB_TOKEN_INVALID"));
    as(b).get("/api/integrations/github").then().body("connected", equalTo(false));
    for (String bad : new String[] {"short", "has spaces in it but is long enough", ""}) {
      as(b).body(Map.of("token", bad)).put("/api/integrations/github").then().statusCode(400);
    }

    // Not connected: every GitHub call says so.
    as(b)
        .get("/api/integrations/github/repos")
        .then()
        .statusCode(409)
        .body("code", equalTo("GITHUB_NOT_CONNECTED"));

    as(a).delete("/api/integrations/github").then().statusCode(204);
    as(a).get("/api/integrations/github").then().body("connected", equalTo(false));
    given().get("/api/integrations/github").then().statusCode(401);
  }

  @Test
  void pushRelaysTheSealedValueAndKeepsASyncRecordThatGoesStale() {
    Account a = TestAccounts.create("gh-push");
    String login = login("octo-push");
    String token = connect(a, login);
    var gh = GitHubStandIn.server;
    gh.stubFor(
        get(urlPathEqualTo("/user/repos"))
            .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
            .willReturn(
                okJson(
                    "[{\"id\":1296269,\"name\":\"payments\",\"full_name\":\""
                        + login
                        + "/payments\",\"private\":true,\"owner\":{\"login\":\""
                        + login
                        + "\"}},{\"id\":1296270,\"name\":\"site\",\"full_name\":\""
                        + login
                        + "/site\",\"private\":false,\"owner\":{\"login\":\""
                        + login
                        + "\"}}]")));
    String publicKey = Base64.getEncoder().encodeToString(new byte[32]);
    gh.stubFor(
        get(urlEqualTo("/repos/" + login + "/payments/actions/secrets/public-key"))
            .willReturn(
                okJson("{\"key_id\":\"568250167242549743\",\"key\":\"" + publicKey + "\"}")));
    gh.stubFor(
        put(urlEqualTo("/repos/" + login + "/payments/actions/secrets/STRIPE_KEY"))
            .willReturn(aResponse().withStatus(201)));
    gh.stubFor(
        get(urlEqualTo("/repos/" + login + "/payments/environments/prod%20eu/secrets/public-key"))
            .willReturn(okJson("{\"key_id\":\"42\",\"key\":\"" + publicKey + "\"}")));

    as(a)
        .get("/api/integrations/github/repos")
        .then()
        .statusCode(200)
        .body("items.full_name", hasItem(login + "/payments"))
        .body("items[0].private", equalTo(true));
    as(a)
        .get("/api/integrations/github/repos/" + login + "/payments/public-key")
        .then()
        .statusCode(200)
        .body("key_id", equalTo("568250167242549743"))
        .body("key", equalTo(publicKey));
    as(a)
        .queryParam("environment", "prod eu")
        .get("/api/integrations/github/repos/" + login + "/payments/public-key")
        .then()
        .statusCode(200)
        .body("key_id", equalTo("42"));

    String keyId =
        createKey(a, "stripe live", "sk_live_" + UUID.randomUUID().toString().replace("-", ""));
    String sealed = sealedBox();
    Map<String, Object> push =
        Map.of("encrypted_value", sealed, "key_id", "568250167242549743", "source_key_id", keyId);
    as(a)
        .body(push)
        .put("/api/integrations/github/repos/" + login + "/payments/secrets/STRIPE_KEY")
        .then()
        .statusCode(204);
    // GitHub received exactly the sealed box and the key id, nothing else.
    gh.verify(
        putRequestedFor(urlEqualTo("/repos/" + login + "/payments/actions/secrets/STRIPE_KEY"))
            .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
            .withRequestBody(
                equalToJson(
                    "{\"encrypted_value\":\"" + sealed + "\",\"key_id\":\"568250167242549743\"}")));
    as(a)
        .queryParam("key_id", keyId)
        .get("/api/integrations/github/syncs")
        .then()
        .statusCode(200)
        .body("items[0].repository", equalTo(login + "/payments"))
        .body("items[0].secret_name", equalTo("STRIPE_KEY"))
        .body("items[0].key_version", equalTo(1))
        .body("items[0].stale", equalTo(false));

    // The vault key changes: the pushed secret is stale until pushed again (an update: 204).
    TestKeys.Sealed next = TestKeys.encrypt("sk_live_next", a.id(), UUID.fromString(keyId));
    as(a)
        .body(Map.of("encrypted_value", next.encryptedValue(), "iv", next.iv()))
        .put("/api/keys/" + keyId)
        .then()
        .statusCode(200);
    as(a)
        .get("/api/integrations/github/syncs")
        .then()
        .body("items[0].stale", equalTo(true))
        .body("items[0].current_version", equalTo(2));
    gh.stubFor(
        put(urlEqualTo("/repos/" + login + "/payments/actions/secrets/STRIPE_KEY"))
            .willReturn(aResponse().withStatus(204)));
    as(a)
        .body(push)
        .put("/api/integrations/github/repos/" + login + "/payments/secrets/STRIPE_KEY")
        .then()
        .statusCode(204);
    as(a)
        .get("/api/integrations/github/syncs")
        .then()
        .body("items", org.hamcrest.Matchers.hasSize(1))
        .body("items[0].stale", equalTo(false))
        .body("items[0].key_version", equalTo(2));

    // Another tenant's key id is 404, and nothing reaches GitHub.
    Account other = TestAccounts.create("gh-other");
    String foreign =
        createKey(other, "theirs", "sk_live_" + UUID.randomUUID().toString().replace("-", ""));
    gh.resetRequests();
    as(a)
        .body(Map.of("encrypted_value", sealed, "key_id", "1", "source_key_id", foreign))
        .put("/api/integrations/github/repos/" + login + "/payments/secrets/OTHER")
        .then()
        .statusCode(404);
    gh.verify(
        0, putRequestedFor(urlPathEqualTo("/repos/" + login + "/payments/actions/secrets/OTHER")));

    // Names GitHub would refuse are refused here first.
    for (String bad : new String[] {"GITHUB_TOKEN", "1ABC", "has-dash", "a".repeat(201)}) {
      as(a)
          .body(push)
          .put("/api/integrations/github/repos/" + login + "/payments/secrets/" + bad)
          .then()
          .statusCode(400);
    }
    as(a)
        .body(Map.of("encrypted_value", "bm90IHNlYWxlZA==", "key_id", "1"))
        .put("/api/integrations/github/repos/" + login + "/payments/secrets/SHORT")
        .then()
        .statusCode(400)
        .body("details.fields.field", hasItem("encrypted_value"));
    as(a)
        .get("/api/integrations/github/repos/" + login + "/pay;ments/public-key")
        .then()
        .statusCode(400);
  }

  @Test
  void anOrganisationSecretIsPushedForItsPrivateRepositories() {
    Account a = TestAccounts.create("gh-org");
    String login = login("octo-orgadmin");
    String token = connect(a, login);
    String org = login("octo-org");
    var gh = GitHubStandIn.server;
    String publicKey = Base64.getEncoder().encodeToString(new byte[32]);
    gh.stubFor(
        get(urlEqualTo("/orgs/" + org + "/actions/secrets/public-key"))
            .willReturn(
                okJson("{\"key_id\":\"012345678912345678\",\"key\":\"" + publicKey + "\"}")));
    gh.stubFor(
        put(urlEqualTo("/orgs/" + org + "/actions/secrets/SHARED_KEY"))
            .willReturn(aResponse().withStatus(201)));
    as(a)
        .get("/api/integrations/github/orgs/" + org + "/public-key")
        .then()
        .statusCode(200)
        .body("key_id", equalTo("012345678912345678"));
    String keyId =
        createKey(a, "shared", "sk_live_" + UUID.randomUUID().toString().replace("-", ""));
    String sealed = sealedBox();
    as(a)
        .body(
            Map.of(
                "encrypted_value", sealed, "key_id", "012345678912345678", "source_key_id", keyId))
        .put("/api/integrations/github/orgs/" + org + "/secrets/SHARED_KEY")
        .then()
        .statusCode(204);
    gh.verify(
        putRequestedFor(urlEqualTo("/orgs/" + org + "/actions/secrets/SHARED_KEY"))
            .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
            .withRequestBody(
                equalToJson(
                    "{\"encrypted_value\":\""
                        + sealed
                        + "\",\"key_id\":\"012345678912345678\",\"visibility\":\"private\"}")));
    as(a)
        .queryParam("key_id", keyId)
        .get("/api/integrations/github/syncs")
        .then()
        .body("items[0].repository", equalTo(org))
        .body("items[0].secret_name", equalTo("SHARED_KEY"));
  }

  @Test
  void githubFailuresAreErrorsAPersonCanActOn() {
    Account a = TestAccounts.create("gh-errors");
    String login = login("octo-err");
    String token = connect(a, login);
    var gh = GitHubStandIn.server;
    String base = "/api/integrations/github/repos/" + login;

    gh.stubFor(
        get(urlEqualTo("/repos/" + login + "/gone/actions/secrets/public-key"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Not Found\"}")));
    as(a).get(base + "/gone/public-key").then().statusCode(404).body("type", equalTo("NOT_FOUND"));

    gh.stubFor(
        get(urlEqualTo("/repos/" + login + "/locked/actions/secrets/public-key"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("x-ratelimit-remaining", "4000")
                    .withBody(
                        "{\"message\":\"Resource not accessible by personal access token\"}")));
    as(a)
        .get(base + "/locked/public-key")
        .then()
        .statusCode(409)
        .body("code", equalTo("GITHUB_PERMISSION_MISSING"));

    long reset = java.time.Instant.now().getEpochSecond() + 120;
    gh.stubFor(
        get(urlEqualTo("/repos/" + login + "/busy/actions/secrets/public-key"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("x-ratelimit-remaining", "0")
                    .withHeader("x-ratelimit-reset", String.valueOf(reset))
                    .withBody("{\"message\":\"API rate limit exceeded\"}")));
    var limited = as(a).get(base + "/busy/public-key");
    limited.then().statusCode(429).body("code", equalTo("GITHUB_RATE_LIMITED"));
    assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(60L, 121L);

    gh.stubFor(
        get(urlEqualTo("/repos/" + login + "/down/actions/secrets/public-key"))
            .willReturn(aResponse().withStatus(502).withBody("<html>bad gateway</html>")));
    var down = as(a).get(base + "/down/public-key");
    down.then()
        .statusCode(503)
        .body("type", equalTo("EXTERNAL_SERVICE"))
        .body("code", equalTo("GITHUB_UNAVAILABLE"));
    assertThat(down.header("Retry-After")).isNotBlank();
    assertThat(down.asString()).doesNotContain("bad gateway").doesNotContain(token);
    // Reads were retried before giving up.
    gh.verify(
        3, getRequestedFor(urlEqualTo("/repos/" + login + "/down/actions/secrets/public-key")));

    // The token is revoked at GitHub: the person is told to connect again.
    gh.stubFor(
        get(urlPathEqualTo("/user/repos"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Bad credentials\"}")));
    as(a)
        .get("/api/integrations/github/repos")
        .then()
        .statusCode(409)
        .body("code", equalTo("GITHUB_TOKEN_REVOKED"))
        .body("message", org.hamcrest.Matchers.containsString("connect GitHub again"));
  }

  @Test
  void aDeployKeyIsRegisteredReadOnlyUnlessAskedOtherwise() {
    Account a = TestAccounts.create("gh-deploy");
    String login = login("octo-deploy");
    connect(a, login);
    var gh = GitHubStandIn.server;
    gh.stubFor(
        post(urlEqualTo("/repos/" + login + "/site/keys"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":1234,\"key\":\"ssh-ed25519 AAAA\",\"title\":\"deploy\","
                            + "\"read_only\":true,\"verified\":true}")));
    byte[] raw = new byte[51];
    System.arraycopy(
        new byte[] {
          0, 0, 0, 11, 's', 's', 'h', '-', 'e', 'd', '2', '5', '5', '1', '9', 0, 0, 0, 32
        },
        0,
        raw,
        0,
        19);
    String publicKey =
        "ssh-ed25519 " + Base64.getEncoder().encodeToString(raw) + " keyhaven-deploy";
    String keyId =
        createKey(a, "site deploy key", "sk_live_" + UUID.randomUUID().toString().replace("-", ""));
    Map<String, Object> body = new HashMap<>();
    body.put("title", "deploy (KeyHaven)");
    body.put("key", publicKey);
    body.put("source_key_id", keyId);
    as(a)
        .body(body)
        .post("/api/integrations/github/repos/" + login + "/site/deploy-keys")
        .then()
        .statusCode(201)
        .body("github_key_id", equalTo(1234))
        .body("read_only", equalTo(true))
        .body("key_id", equalTo(keyId));
    gh.verify(
        postRequestedFor(urlEqualTo("/repos/" + login + "/site/keys"))
            .withRequestBody(
                equalToJson(
                    "{\"title\":\"deploy (KeyHaven)\",\"key\":\""
                        + publicKey
                        + "\",\"read_only\":true}")));
    as(a)
        .get("/api/integrations/github/deploy-keys")
        .then()
        .body("items[0].repository", equalTo(login + "/site"));
    body.put("key", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ");
    as(a)
        .body(body)
        .post("/api/integrations/github/repos/" + login + "/site/deploy-keys")
        .then()
        .statusCode(400)
        .body("details.fields.field", hasItem("key"));
  }
}
