package pro.keyhaven.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static pro.keyhaven.infra.SynthesizedStage.properties;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pro.keyhaven.infra.functions.FunctionArea;

/** {@code -c runtime=jvm}: the same functions on the Java runtime, for builds without GraalVM. */
class JvmFallbackTests {

  @TempDir static Path dir;
  static SynthesizedStage jvm;

  @BeforeAll
  static void synthesize() {
    jvm = SynthesizedStage.synth(dir, Map.of("stage", "dev", "runtime", "jvm"));
  }

  @Test
  void everyFunctionRunsOnJava21WithTheQuarkusStreamHandler() {
    for (FunctionArea area : FunctionArea.values()) {
      Map<String, Object> function = properties(jvm.resources().get(jvm.functionId(area)));
      assertThat(function)
          .as(area.id())
          .containsEntry("Runtime", "java21")
          .containsEntry(
              "Handler", "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest")
          .containsEntry("Architectures", List.of("arm64"))
          .containsEntry("MemorySize", 1024);
      assertThat(function.get("Environment").toString())
          .contains("KEYHAVEN_MODE")
          .doesNotContain("DISABLE_SIGNAL_HANDLERS");
    }
  }
}
