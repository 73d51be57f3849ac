package pro.keyhaven.insights.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * An OpenAI-compatible chat completions endpoint (OpenAI, a local model server such as Ollama or
 * vLLM): {@code KEYHAVEN_LLM_BASE_URL} (e.g. {@code https://api.openai.com/v1}), {@code
 * KEYHAVEN_LLM_MODEL}, {@code KEYHAVEN_LLM_API_KEY}, {@code KEYHAVEN_LLM_TIMEOUT}. Without a base
 * URL, questions are answered by the parser alone.
 */
@ConfigMapping(prefix = "keyhaven.llm")
public interface LlmConfig {

  Optional<String> baseUrl();

  @WithDefault("gpt-4o-mini")
  String model();

  Optional<String> apiKey();

  /** In AWS, the Secrets Manager secret holding the API key (read by shared/aws-config). */
  Optional<String> secretArn();

  /** How long one answer may take before the parser answers instead. */
  @WithDefault("8s")
  Duration timeout();
}
