package pro.keyhaven.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A local stand-in for GitHub's REST API (WireMock on a free port) answering with real-shaped
 * bodies, and the settings pointing KeyHaven at it: the API address, the webhook secret, and a
 * fresh envelope keyset file.
 */
public class GitHubStandIn implements QuarkusTestResourceLifecycleManager {

  public static final String WEBHOOK_SECRET = "gh-webhook-secret-for-tests-0123456789";
  static WireMockServer server;
  static Path keysetDir;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    try {
      keysetDir = Files.createTempDirectory("keyhaven-envelope");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "keyhaven.github.api-url",
        server.baseUrl(),
        "keyhaven.github.webhook-secret",
        WEBHOOK_SECRET,
        "keyhaven.github.timeout",
        "2s",
        "keyhaven.envelope.keyset-file",
        keysetDir.resolve("envelope-keyset.json").toString());
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /** The token a test user connects with, and GitHub's /user answer for it. */
  static String tokenFor(String login) {
    String token = "github_pat_11" + login.replaceAll("[^A-Za-z0-9]", "") + "_0123456789abcdefXYZ";
    server.stubFor(
        get(urlPathEqualTo("/user"))
            .withHeader("Authorization", equalTo("Bearer " + token))
            .willReturn(
                okJson(
                    "{\"login\":\""
                        + login
                        + "\",\"id\":583231,\"type\":\"User\",\"site_admin\":false}")));
    return token;
  }

  /** Any other token: GitHub's answer to bad credentials. */
  static void refuseUnknownTokens() {
    server.stubFor(
        get(urlPathEqualTo("/user"))
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"message\":\"Bad credentials\",\"documentation_url\":"
                            + "\"https://docs.github.com/rest\",\"status\":\"401\"}")));
  }
}
