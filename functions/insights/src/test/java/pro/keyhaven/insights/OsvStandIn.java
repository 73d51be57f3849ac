package pro.keyhaven.insights;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A local stand-in for the OSV API (WireMock on a free port). Unknown requests answer 404, so every
 * test says what OSV knows. The bodies are shaped like OSV's real answers.
 */
public class OsvStandIn implements QuarkusTestResourceLifecycleManager {

  static WireMockServer server;

  /** The batch query OSV receives for a stripe key (the five packages of the map, in order). */
  static final String STRIPE_BATCH =
      """
      {"queries":[
        {"package":{"ecosystem":"Maven","name":"com.stripe:stripe-java"}},
        {"package":{"ecosystem":"npm","name":"stripe"}},
        {"package":{"ecosystem":"PyPI","name":"stripe"}},
        {"package":{"ecosystem":"RubyGems","name":"stripe"}},
        {"package":{"ecosystem":"Go","name":"github.com/stripe/stripe-go/v76"}}]}
      """;

  static final String STRIPE_RESULTS =
      """
      {"results":[
        {},
        {"vulns":[{"id":"GHSA-6qvp-r6r3-9p7h","modified":"2024-02-16T08:13:12.000Z"}]},
        {},
        {},
        {}]}
      """;

  /** GHSA-6qvp-r6r3-9p7h as OSV serves it (trimmed of references). */
  static final String STRIPE_ADVISORY =
      """
      {
        "id": "GHSA-6qvp-r6r3-9p7h",
        "summary": "stripe-node exposes a webhook signing secret in an error message",
        "details": "Versions before 8.222.0 may include the webhook secret in a thrown error.",
        "aliases": ["CVE-2022-31094"],
        "modified": "2024-02-16T08:13:12.000Z",
        "published": "2022-06-20T22:37:12Z",
        "database_specific": {"github_reviewed": true, "severity": "HIGH", "cwe_ids": ["CWE-209"]},
        "affected": [{
          "package": {"ecosystem": "npm", "name": "stripe", "purl": "pkg:npm/stripe"},
          "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "8.222.0"}]}],
          "database_specific": {"source": "https://github.com/github/advisory-database/blob/main/advisories/github-reviewed/2022/06/GHSA-6qvp-r6r3-9p7h/GHSA-6qvp-r6r3-9p7h.json"}
        }],
        "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"}],
        "schema_version": "1.6.0"
      }
      """;

  /** The batch for a twilio key. */
  static final String TWILIO_BATCH =
      """
      {"queries":[
        {"package":{"ecosystem":"Maven","name":"com.twilio.sdk:twilio"}},
        {"package":{"ecosystem":"npm","name":"twilio"}},
        {"package":{"ecosystem":"PyPI","name":"twilio"}},
        {"package":{"ecosystem":"RubyGems","name":"twilio-ruby"}}]}
      """;

  static final String TWILIO_RESULTS =
      """
      {"results":[{},{},{"vulns":[{"id":"PYSEC-2023-99","modified":"2023-08-01T00:00:00Z"}]},{}]}
      """;

  static final String TWILIO_ADVISORY =
      """
      {
        "id": "PYSEC-2023-99",
        "summary": "twilio: request validator accepts an unsigned callback",
        "aliases": ["CVE-2023-99999", "GHSA-xxxx-yyyy-zzzz"],
        "modified": "2023-08-01T00:00:00Z",
        "affected": [{
          "package": {"ecosystem": "PyPI", "name": "twilio", "purl": "pkg:pypi/twilio"},
          "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "8.5.0"}]}],
          "versions": ["8.0.0", "8.1.0", "8.4.0"]
        }],
        "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:L/I:L/A:N"}]
      }
      """;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    up();
    return Map.of("keyhaven.insights.osv.url", server.baseUrl());
  }

  /** OSV answering what it knows about stripe and twilio. */
  static void up() {
    server.resetAll();
    server.stubFor(
        post(urlEqualTo("/v1/querybatch"))
            .withRequestBody(equalToJson(STRIPE_BATCH))
            .willReturn(json(STRIPE_RESULTS)));
    server.stubFor(
        get(urlEqualTo("/v1/vulns/GHSA-6qvp-r6r3-9p7h")).willReturn(json(STRIPE_ADVISORY)));
    server.stubFor(
        post(urlEqualTo("/v1/querybatch"))
            .withRequestBody(equalToJson(TWILIO_BATCH))
            .willReturn(json(TWILIO_RESULTS)));
    server.stubFor(get(urlEqualTo("/v1/vulns/PYSEC-2023-99")).willReturn(json(TWILIO_ADVISORY)));
  }

  /** OSV down: every call answers 503. */
  static void down() {
    server.resetAll();
    server.stubFor(post(urlEqualTo("/v1/querybatch")).willReturn(aResponse().withStatus(503)));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String b) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(b);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
