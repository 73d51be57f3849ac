package pro.keyhaven.auth;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A local stand-in for Resend's API (WireMock on a free port), and the settings pointing at it. */
public class ResendStandIn implements QuarkusTestResourceLifecycleManager {

  public static final String API_KEY = "re_test_standin_key";
  static WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return Map.of(
        "keyhaven.notify.resend.url",
        server.baseUrl(),
        "keyhaven.notify.resend.api-key",
        API_KEY,
        "keyhaven.notify.email.transport",
        "auto",
        "keyhaven.notify.email.dashboard-url",
        "https://app.keyhaven.test");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
