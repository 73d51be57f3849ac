package pro.keyhaven.insights;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static pro.keyhaven.insights.InsightsApi.list;
import static pro.keyhaven.insights.InsightsApi.newKey;
import static pro.keyhaven.insights.InsightsApi.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.envelope.Envelope;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;

/**
 * Advisories of the dependencies of linked GitHub repositories ({@code vulnerable_dependency}):
 * WireMock plays GitHub's dependency-graph SBOM endpoint and OSV with real-shaped answers; the
 * GitHub connections, secret pushes and deploy keys are rows as integrations writes them (the token
 * sealed with the same envelope).
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(OsvStandIn.class)
@QuarkusTestResource(GitHubSbomStandIn.class)
class DependencyAdvisoryTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** lodash's command injection in template, as OSV serves it (trimmed of references). */
  static final String LODASH_ADVISORY =
      """
      {
        "id": "GHSA-35jh-r3h4-6jhm",
        "summary": "Command Injection in lodash",
        "details": "lodash versions prior to 4.17.21 are vulnerable to Command Injection via the template function.",
        "aliases": ["CVE-2021-23337"],
        "modified": "2024-02-15T21:05:55.000Z",
        "published": "2021-05-06T16:05:51Z",
        "database_specific": {"github_reviewed": true, "severity": "HIGH", "cwe_ids": ["CWE-77", "CWE-94"]},
        "affected": [{
          "package": {"ecosystem": "npm", "name": "lodash", "purl": "pkg:npm/lodash"},
          "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "4.17.21"}]}]
        }],
        "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H"}],
        "schema_version": "1.6.0"
      }
      """;

  /** Jinja2's ReDoS, as OSV serves it (trimmed). */
  static final String JINJA_ADVISORY =
      """
      {
        "id": "GHSA-g3rq-g295-4j3m",
        "summary": "Regular Expression Denial of Service (ReDoS) in Jinja2",
        "aliases": ["CVE-2020-28493", "PYSEC-2021-66"],
        "modified": "2024-09-20T14:53:03.000Z",
        "database_specific": {"github_reviewed": true, "severity": "MODERATE", "cwe_ids": ["CWE-400"]},
        "affected": [{
          "package": {"ecosystem": "PyPI", "name": "jinja2", "purl": "pkg:pypi/jinja2"},
          "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.11.3"}]}]
        }],
        "schema_version": "1.6.0"
      }
      """;

  static final String WEB_BATCH =
      """
      {"queries":[
        {"package":{"purl":"pkg:npm/lodash@4.17.20"}},
        {"package":{"purl":"pkg:npm/%40babel/traverse@7.22.5"}},
        {"package":{"purl":"pkg:maven/org.yaml/snakeyaml@2.2"}}]}
      """;

  static final String API_BATCH =
      """
      {"queries":[{"package":{"purl":"pkg:pypi/jinja2@2.11.2"}}]}
      """;

  @Inject Envelope envelope;

  @BeforeEach
  void osvKnowsLodashAndJinja() {
    OsvStandIn.up();
    OsvStandIn.server.stubFor(
        post(urlEqualTo("/v1/querybatch"))
            .withRequestBody(equalToJson(WEB_BATCH))
            .willReturn(
                json(
                    """
                    {"results":[
                      {"vulns":[{"id":"GHSA-35jh-r3h4-6jhm","modified":"2024-02-15T21:05:55Z"}]},
                      {},
                      {}]}
                    """)));
    OsvStandIn.server.stubFor(
        post(urlEqualTo("/v1/querybatch"))
            .withRequestBody(equalToJson(API_BATCH))
            .willReturn(
                json(
                    """
                    {"results":[{"vulns":[{"id":"GHSA-g3rq-g295-4j3m","modified":"2024-09-20T14:53:03Z"}]}]}
                    """)));
    OsvStandIn.server.stubFor(
        get(urlEqualTo("/v1/vulns/GHSA-35jh-r3h4-6jhm")).willReturn(json(LODASH_ADVISORY)));
    OsvStandIn.server.stubFor(
        get(urlEqualTo("/v1/vulns/GHSA-g3rq-g295-4j3m")).willReturn(json(JINJA_ADVISORY)));
  }

  @Test
  void aVulnerableDependencyOfALinkedRepositoryBecomesAnInsightOnItsKeysOnly() {
    TestAccounts.Account erin = TestAccounts.create("deps-erin");
    TestAccounts.Account mallory = TestAccounts.create("deps-mallory");
    UUID synced = newKey(erin, "internal-billing", "web deploy secret");
    UUID deploy = newKey(erin, "internal-ssh", "web deploy key");
    UUID elsewhere = newKey(erin, "internal-billing", "not linked");
    UUID mallorys = newKey(mallory, "internal-billing", "mallory's web secret");
    String token = "github_pat_11ERIN0123456789_abcdefghijklmnopqrstuvwxyz";
    connect(erin, token);
    // The same repository through a secret push (as the user typed it) and a deploy key.
    sync(erin, synced, "Acme", "Web");
    deployKey(erin, deploy, "acme", "web");
    // Mallory linked the same repository, but has no GitHub connection.
    sync(mallory, mallorys, "acme", "web");
    GitHubSbomStandIn.sbom(
        "acme",
        "web",
        token,
        "pkg:npm/lodash@4.17.20",
        "pkg:npm/%40babel/traverse@7.22.5",
        "pkg:npm/express@%5E4.18.0",
        "pkg:maven/org.yaml/snakeyaml@2.2?type=jar",
        "pkg:npm/lodash@4.17.20");

    refresh(erin).statusCode(202);

    JsonPath deps = list(erin, "?type=vulnerable_dependency").statusCode(200).extract().jsonPath();
    assertThat(deps.getInt("total")).isEqualTo(1);
    assertThat(deps.getString("items[0].cve_id")).isEqualTo("CVE-2021-23337");
    assertThat(deps.getString("items[0].severity")).isEqualTo("high");
    assertThat(deps.getList("items[0].fixed_versions")).containsExactly("lodash 4.17.21");
    assertThat(deps.getList("items[0].key_ids", String.class))
        .containsExactlyInAnyOrder(synced.toString(), deploy.toString());
    assertThat(deps.getString("items[0].description"))
        .contains("acme/web")
        .contains("lodash@4.17.20")
        .contains("GHSA-35jh-r3h4-6jhm");
    assertThat(deps.prettify()).doesNotContain(elsewhere.toString());
    String id = deps.getString("items[0].id");

    // GitHub was asked once, with the user's token and GitHub's headers.
    GitHubSbomStandIn.server.verify(
        1,
        getRequestedFor(urlEqualTo(GitHubSbomStandIn.path("acme", "web")))
            .withHeader("Authorization", equalTo("Bearer " + token))
            .withHeader("Accept", equalTo("application/vnd.github+json"))
            .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28")));

    // OSV received purls only: no token, nothing of a key or an account.
    List<ServeEvent> osvCalls = OsvStandIn.server.getAllServeEvents();
    assertThat(osvCalls).isNotEmpty();
    List<String> purls = new ArrayList<>();
    for (ServeEvent e : osvCalls) {
      String body = e.getRequest().getBodyAsString();
      assertThat(e.getRequest().containsHeader("Authorization")).isFalse();
      for (String secret :
          List.of(
              token,
              synced.toString(),
              deploy.toString(),
              erin.id().toString(),
              erin.email(),
              "web deploy")) {
        assertThat(body).doesNotContain(secret);
        assertThat(e.getRequest().getUrl()).doesNotContain(secret);
      }
      if (e.getRequest().getMethod().getName().equals("POST")) {
        JsonNode sent = readTree(body);
        assertThat(fieldNames(sent)).containsExactly("queries");
        for (JsonNode q : sent.get("queries")) {
          assertThat(fieldNames(q)).containsExactly("package");
          assertThat(fieldNames(q.get("package"))).containsExactly("purl");
          purls.add(q.get("package").get("purl").asText());
        }
      }
    }
    // Ranges and the repository itself are not asked about; each purl once.
    assertThat(purls)
        .containsExactly(
            "pkg:npm/lodash@4.17.20",
            "pkg:npm/%40babel/traverse@7.22.5",
            "pkg:maven/org.yaml/snakeyaml@2.2");

    // Another tenant never sees it, even with a key on the same repository.
    refresh(mallory).statusCode(202);
    JsonPath theirs = list(mallory, "").statusCode(200).extract().jsonPath();
    assertThat(theirs.getList("items.type")).doesNotContain("vulnerable_dependency");
    assertThat(theirs.prettify()).doesNotContain(id).doesNotContain(synced.toString());
    RestAssured.given()
        .auth()
        .oauth2(mallory.accessToken())
        .post("/api/insights/" + id + "/resolve")
        .then()
        .statusCode(404);

    // A second refresh reads neither GitHub nor OSV again (both cached).
    int github = GitHubSbomStandIn.server.getAllServeEvents().size();
    int osv = OsvStandIn.server.getAllServeEvents().size();
    refresh(erin).statusCode(202);
    assertThat(GitHubSbomStandIn.server.getAllServeEvents()).hasSize(github);
    assertThat(OsvStandIn.server.getAllServeEvents()).hasSize(osv);
    assertThat(
            list(erin, "?type=vulnerable_dependency").extract().jsonPath().getString("items[0].id"))
        .isEqualTo(id);

    // Once the key the deploy key stands for is deleted, the insight concerns the synced key only.
    PlatformTestResource.database()
        .execute("UPDATE api_keys SET deleted_at = now() WHERE id = ?", deploy);
    refresh(erin).statusCode(202);
    assertThat(
            list(erin, "?type=vulnerable_dependency")
                .extract()
                .jsonPath()
                .getList("items[0].key_ids", String.class))
        .containsExactly(synced.toString());
  }

  @Test
  void aRepositoryWhoseDependencyGraphIsDisabledIsSkippedAndTheOthersStillCount() {
    TestAccounts.Account frank = TestAccounts.create("deps-frank");
    UUID locked = newKey(frank, "internal-billing", "locked repo secret");
    UUID api = newKey(frank, "internal-billing", "api repo secret");
    String token = "ghs_FRANK0123456789abcdefghijklmnopqrstu";
    connect(frank, token);
    sync(frank, locked, "acme-locked", "app");
    sync(frank, api, "acme-api", "api");
    GitHubSbomStandIn.dependencyGraphDisabled("acme-locked", "app");
    GitHubSbomStandIn.sbom("acme-api", "api", token, "pkg:pypi/jinja2@2.11.2");

    refresh(frank).statusCode(202);

    JsonPath deps = list(frank, "?type=vulnerable_dependency").statusCode(200).extract().jsonPath();
    assertThat(deps.getInt("total")).isEqualTo(1);
    assertThat(deps.getString("items[0].cve_id")).isEqualTo("CVE-2020-28493");
    assertThat(deps.getString("items[0].severity")).isEqualTo("medium");
    assertThat(deps.getList("items[0].fixed_versions")).containsExactly("jinja2 2.11.3");
    assertThat(deps.getList("items[0].key_ids", String.class)).containsExactly(api.toString());
    assertThat(deps.getString("items[0].description")).contains("acme-api/api");
    assertThat(deps.prettify()).doesNotContain("acme-locked").doesNotContain(locked.toString());
    // Asked once: GitHub's refusal is not retried.
    GitHubSbomStandIn.server.verify(
        1, getRequestedFor(urlEqualTo(GitHubSbomStandIn.path("acme-locked", "app"))));
    String id = deps.getString("items[0].id");

    // The repository that answered before answers 404 now: its insight stays as it was.
    GitHubSbomStandIn.notFound("acme-api", "api");
    PlatformTestResource.database()
        .execute(
            "UPDATE insight_sbom_cache SET fetched_at = now() - interval '1 day' WHERE user_id = ?",
            frank.id());
    refresh(frank).statusCode(202);
    assertThat(list(frank, "?type=vulnerable_dependency").extract().jsonPath().getList("items.id"))
        .containsExactly(id);
    GitHubSbomStandIn.server.verify(
        2, getRequestedFor(urlEqualTo(GitHubSbomStandIn.path("acme-api", "api"))));

    // Unlinked (the secret's record is gone): the insight goes with it.
    PlatformTestResource.database()
        .execute("DELETE FROM github_secret_syncs WHERE user_id = ? AND repo = 'api'", frank.id());
    refresh(frank).statusCode(202);
    assertThat(list(frank, "?type=vulnerable_dependency").extract().jsonPath().getInt("total"))
        .isZero();
  }

  private void connect(TestAccounts.Account a, String token) {
    byte[] sealed =
        envelope.seal(token.getBytes(StandardCharsets.UTF_8), a.id(), Envelope.GITHUB_TOKEN);
    PlatformTestResource.database()
        .execute(
            "INSERT INTO github_connections (user_id, login, token_ciphertext, connected_at)"
                + " VALUES (?, ?, ?, now())",
            a.id(),
            "octo-" + a.id().toString().substring(0, 8),
            sealed);
  }

  private static void sync(TestAccounts.Account a, UUID key, String owner, String repo) {
    PlatformTestResource.database()
        .execute(
            "INSERT INTO github_secret_syncs (id, user_id, key_id, owner, repo, environment,"
                + " secret_name, key_version, pushed_at)"
                + " VALUES (gen_random_uuid(), ?, ?, ?, ?, '', 'API_KEY', 1, now())",
            a.id(),
            key,
            owner,
            repo);
  }

  private static void deployKey(TestAccounts.Account a, UUID key, String owner, String repo) {
    PlatformTestResource.database()
        .execute(
            "INSERT INTO github_deploy_keys (id, user_id, key_id, owner, repo, github_key_id,"
                + " title, read_only, created_at)"
                + " VALUES (gen_random_uuid(), ?, ?, ?, ?, 4242, 'deploy', true, now())",
            a.id(),
            key,
            owner,
            repo);
  }

  private static JsonNode readTree(String body) {
    try {
      return JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new AssertionError("OSV received a body that is not JSON: " + body, e);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String b) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(b);
  }
}
