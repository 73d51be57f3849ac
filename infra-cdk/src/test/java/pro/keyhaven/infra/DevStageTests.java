package pro.keyhaven.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev stage, native runtime: what every stage must have. */
class DevStageTests {

  @TempDir static Path dir;
  static SynthesizedStage dev;

  @BeforeAll
  static void synthesize() {
    dev = SynthesizedStage.synth(dir, Map.of("stage", "dev"));
  }

  @Test
  void synthesizes() {
    assertThat(dev.resources()).isNotEmpty();
  }
}
