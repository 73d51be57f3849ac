package pro.keyhaven.billing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A local stand-in for Stripe's API (WireMock on a free port), and the settings pointing at it. */
public class StripeStandIn implements QuarkusTestResourceLifecycleManager {

  public static final String WEBHOOK_SECRET = "whsec_test_standin_0123456789abcdef";
  public static final String PRICE_PRO = "price_1ProTestStandIn";
  public static final String PRICE_TEAM = "price_1TeamTestStandIn";
  static WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return Map.of(
        "keyhaven.stripe.api-base", server.baseUrl(),
        "keyhaven.stripe.api-key", "sk_test_standin_key",
        "keyhaven.stripe.webhook-secret", WEBHOOK_SECRET,
        "keyhaven.stripe.price-pro", PRICE_PRO,
        "keyhaven.stripe.price-team", PRICE_TEAM);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
