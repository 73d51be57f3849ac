package pro.keyhaven.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pro.keyhaven.infra.functions.FunctionArea;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;

/** A checkout where only auth and migrate were built synthesizes with exactly those. */
class PartialCheckoutTests {

  @TempDir static Path dir;
  static SynthesizedStage partial;

  @BeforeAll
  static void synthesize() throws IOException {
    Path functions = dir.resolve("functions");
    AppConfigTests.link(functions, "auth", "auth");
    AppConfigTests.link(functions, "migrate", "migrate");
    AppConfigTests.link(functions, "reports", "teams");
    partial = SynthesizedStage.synth(dir, functions, Map.of("stage", "dev"));
  }

  @Test
  void onlyTheBuiltAreasAreDeployedWithTheirRoutesGrantsAndAlarms() {
    assertThat(partial.deployed()).containsExactly(FunctionArea.AUTH, FunctionArea.MIGRATE);
    // auth and migrate, plus the key generator, two custom-resource frameworks, the bucket
    // emptier and the default-security-group restrictor
    partial.template.resourceCountIs("AWS::Lambda::Function", 2 + 5);
    partial.template.resourceCountIs("AWS::ApiGatewayV2::Route", 4);
    partial.template.resourceCountIs("AWS::Events::Rule", 0);
    // errors and throttles of 2 functions, the rest as in every stage
    partial.template.resourceCountIs("AWS::CloudWatch::Alarm", 2 * 2 + 2 + 1 + 3 + 1 + 2);
    // The whole budget but migrate's 4 goes to auth's pools of 2.
    assertThat(
            SynthesizedStage.properties(
                    partial.resources().get(partial.functionId(FunctionArea.AUTH)))
                .get("ReservedConcurrentExecutions"))
        .isEqualTo((64 - 4) / 2);
  }

  @Test
  void aBuiltModuleTheCatalogueDoesNotKnowIsNamedInAWarning() {
    assertThat(
            Annotations.fromStack(partial.stack)
                .findWarning(
                    "*",
                    Match.stringLikeRegexp(
                        ".*functions/reports/target/function.zip is not deployed.*")))
        .hasSize(1);
  }

  @Test
  void withoutTheMigrateBuildNothingCanStartSoSynthesisStops(@TempDir Path other)
      throws IOException {
    AppConfigTests.link(other, "auth", "auth");
    Files.createDirectories(other.resolve("migrate").resolve("src"));
    Map<String, Object> context = new HashMap<>();
    context.put("account", "111111111111");
    context.put("functionsDir", other.toString());
    context.put("azs", "us-east-1a,us-east-1b");
    App app =
        new App(
            AppProps.builder().context(context).outdir(other.resolve("out").toString()).build());
    assertThatThrownBy(() -> KeyHavenApp.compose(app))
        .hasMessageContaining("migrate/target/function.zip")
        .hasMessageContaining("./mvnw package -pl functions/migrate -am");
  }
}
