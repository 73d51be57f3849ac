package pro.keyhaven.rotation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import pro.keyhaven.shared.github.SealedBox;

/**
 * A local stand-in for the Actions secrets part of GitHub's REST API (WireMock on a free port, real
 * shaped bodies): each repository (or environment) it is told about has an X25519 key pair whose
 * public half it serves as GitHub does, so a test opens what was sent with the private half.
 */
public class GitHubActionsStandIn implements QuarkusTestResourceLifecycleManager {

  static WireMockServer server;

  /** A repository's (or environment's) Actions key pair, as GitHub holds it. */
  record RepoKey(String keyId, byte[] publicKey, byte[] secretKey) {}

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return Map.of("keyhaven.github.api-url", server.baseUrl(), "keyhaven.github.timeout", "2s");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /** Serves {@code secretsPath}'s public key and accepts (or, {@code status} 5xx, fails) writes. */
  static RepoKey repository(String secretsPath, int putStatus) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    byte[] publicKey = SealedBox.publicKeyOf(secret);
    String keyId = Long.toString(3380204578043523366L + new SecureRandom().nextInt(1 << 20));
    server.stubFor(
        get(urlPathEqualTo(secretsPath + "/public-key"))
            .willReturn(
                okJson(
                    "{\"key_id\":\""
                        + keyId
                        + "\",\"key\":\""
                        + Base64.getEncoder().encodeToString(publicKey)
                        + "\"}")));
    server.stubFor(
        put(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
                secretsPath + "/[A-Z0-9_]+"))
            .willReturn(
                putStatus >= 500
                    ? aResponse()
                        .withStatus(putStatus)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Server Error\"}")
                    : aResponse().withStatus(putStatus)));
    return new RepoKey(keyId, publicKey, secret);
  }
}
