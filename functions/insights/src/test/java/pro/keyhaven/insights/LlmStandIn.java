package pro.keyhaven.insights;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A local stand-in for an OpenAI-compatible chat completions endpoint (WireMock on a free port).
 */
public class LlmStandIn implements QuarkusTestResourceLifecycleManager {

  static final String API_KEY = "llm-test-standin-key";
  static WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return Map.of(
        "keyhaven.llm.base-url",
        server.baseUrl() + "/v1",
        "keyhaven.llm.model",
        "test-model",
        "keyhaven.llm.api-key",
        API_KEY,
        "keyhaven.llm.timeout",
        "1s");
  }

  /** A chat completion whose message content is {@code content}. */
  static String completion(String content) {
    return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1767225600,"
        + "\"model\":\"test-model\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
        + "\"content\":"
        + com.fasterxml.jackson.databind.node.TextNode.valueOf(content).toString()
        + "},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":120,"
        + "\"completion_tokens\":20,\"total_tokens\":140}}";
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
