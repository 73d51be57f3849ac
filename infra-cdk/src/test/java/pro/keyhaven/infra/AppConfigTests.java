package pro.keyhaven.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pro.keyhaven.infra.app.AppConfig;
import pro.keyhaven.infra.app.Stage;
import pro.keyhaven.infra.app.StageSettings;
import pro.keyhaven.infra.functions.CpuArchitecture;
import pro.keyhaven.infra.functions.FunctionArea;
import pro.keyhaven.infra.functions.FunctionArtifacts;
import pro.keyhaven.infra.functions.FunctionRuntime;

/** Reading {@code -c} context and finding the function zips, without synthesizing. */
class AppConfigTests {

  @Test
  void defaultsToDevNativeInUsEast1WithTheFunctionsBesideInfra() {
    AppConfig config = AppConfig.fromContext(Map.of("account", "123456789012")::get);
    assertThat(config.stage()).isEqualTo(Stage.DEV);
    assertThat(config.runtime()).isEqualTo(FunctionRuntime.NATIVE);
    assertThat(config.architecture()).isEqualTo(CpuArchitecture.ARM64);
    assertThat(config.region()).isEqualTo("us-east-1");
    assertThat(config.functionsDir()).isEqualTo(Path.of("../functions"));
    assertThat(config.stackName()).isEqualTo("KeyHaven-dev");
    assertThat(config.availabilityZones()).containsExactly("us-east-1a", "us-east-1b");
    assertThat(config.deployId()).isEmpty();
  }

  @Test
  void readsStageRuntimeAndDeployIdFromContext() {
    AppConfig config =
        AppConfig.fromContext(
            Map.<String, Object>of(
                    "stage",
                    "prod",
                    "runtime",
                    "jvm",
                    "arch",
                    "x86_64",
                    "account",
                    "123456789012",
                    "deployId",
                    "42")
                ::get);
    assertThat(config.stage()).isEqualTo(Stage.PROD);
    assertThat(config.runtime()).isEqualTo(FunctionRuntime.JVM);
    assertThat(config.architecture()).isEqualTo(CpuArchitecture.X86_64);
    assertThat(config.stackName()).isEqualTo("KeyHaven-prod");
    assertThat(config.deployId()).contains("42");
  }

  @Test
  void refusesUnknownStagesRuntimesAndRegionsWhereTheWebAclCannotLive() {
    assertThatThrownBy(() -> AppConfig.fromContext(Map.of("stage", "staging")::get))
        .hasMessageContaining("staging");
    assertThatThrownBy(() -> AppConfig.fromContext(Map.of("runtime", "graal")::get))
        .hasMessageContaining("graal");
    assertThatThrownBy(() -> AppConfig.fromContext(Map.of("region", "eu-west-1")::get))
        .hasMessageContaining("us-east-1");
    assertThatThrownBy(() -> AppConfig.fromContext(Map.of("account", "me")::get))
        .hasMessageContaining("12 digits");
  }

  @Test
  void prodIsProtectedAndDevIsDisposable() {
    StageSettings dev = StageSettings.of(Stage.DEV);
    StageSettings prod = StageSettings.of(Stage.PROD);
    assertThat(dev.deletionProtection()).isFalse();
    assertThat(prod.deletionProtection()).isTrue();
    assertThat(prod.dbMultiAz()).isTrue();
    assertThat(prod.dbBackupRetentionDays()).isGreaterThan(dev.dbBackupRetentionDays());
    assertThat(prod.logRetention().toString()).isNotEqualTo(dev.logRetention().toString());
  }

  @Test
  void aMissingZipNamesTheBuildCommand(@TempDir Path functionsDir) {
    FunctionArtifacts artifacts = new FunctionArtifacts(functionsDir);
    assertThatThrownBy(() -> artifacts.zip(FunctionArea.BILLING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("billing/target/function.zip")
        .hasMessageContaining("./mvnw package -Dnative -pl functions/billing -am");
  }
}
