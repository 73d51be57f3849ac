package pro.keyhaven.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pro.keyhaven.infra.app.AppConfig;
import pro.keyhaven.infra.app.Stage;
import pro.keyhaven.infra.app.StageSettings;
import pro.keyhaven.infra.functions.ConnectionBudget;
import pro.keyhaven.infra.functions.CpuArchitecture;
import pro.keyhaven.infra.functions.FunctionArea;
import pro.keyhaven.infra.functions.FunctionArtifacts;
import pro.keyhaven.infra.functions.FunctionRuntime;

/** Reading {@code -c} context, finding and checking the function zips, sharing out connections. */
class AppConfigTests {

  @Test
  void defaultsToDevJvmWithoutBillingInUsEast1WithTheFunctionsBesideInfra() {
    AppConfig config = AppConfig.fromContext(Map.of("account", "123456789012")::get);
    assertThat(config.stage()).isEqualTo(Stage.DEV);
    assertThat(config.runtime()).isEqualTo(FunctionRuntime.JVM);
    assertThat(config.runtime().snapStart()).isTrue();
    assertThat(config.architecture()).isEqualTo(CpuArchitecture.ARM64);
    assertThat(config.region()).isEqualTo("us-east-1");
    assertThat(config.functionsDir()).isEqualTo(Path.of("../functions"));
    assertThat(config.stackName()).isEqualTo("KeyHaven-dev");
    assertThat(config.billing()).isFalse();
    assertThat(config.availabilityZones()).as("looked up, not guessed").isEmpty();
    assertThat(config.tracing()).isEmpty();
    assertThat(config.reserveConcurrency()).isTrue();
    assertThat(config.deployId()).isEmpty();
  }

  @Test
  void readsStageRuntimeBillingZonesTracingAndDeployIdFromContext() {
    AppConfig config =
        AppConfig.fromContext(
            Map.<String, Object>of(
                    "stage", "prod",
                    "runtime", "native",
                    "arch", "x86_64",
                    "account", "123456789012",
                    "deployId", "42",
                    "billing", "true",
                    "azs", "us-east-1b, us-east-1d",
                    "tracing", "false",
                    "reserveConcurrency", "false")
                ::get);
    assertThat(config.stage()).isEqualTo(Stage.PROD);
    assertThat(config.runtime()).isEqualTo(FunctionRuntime.NATIVE);
    assertThat(config.architecture()).isEqualTo(CpuArchitecture.X86_64);
    assertThat(config.stackName()).isEqualTo("KeyHaven-prod");
    assertThat(config.deployId()).contains("42");
    assertThat(config.billing()).isTrue();
    assertThat(config.availabilityZones()).contains(List.of("us-east-1b", "us-east-1d"));
    assertThat(config.tracing()).contains(false);
    assertThat(config.reserveConcurrency()).isFalse();
  }

  @Test
  void refusesUnknownValuesAndRegionsWhereTheWebAclCannotLive() {
    assertThatThrownBy(() -> AppConfig.fromContext(Map.of("stage", "staging")::get))
        .hasMessageContaining("staging");
    assertThatThrownBy(() -> AppConfig.fromContext(Map.of("runtime", "graal")::get))
        .hasMessageContaining("graal");
    assertThatThrownBy(() -> AppConfig.fromContext(Map.of("region", "eu-west-1")::get))
        .hasMessageContaining("us-east-1");
    assertThatThrownBy(() -> AppConfig.fromContext(Map.of("account", "me")::get))
        .hasMessageContaining("12 digits");
    assertThatThrownBy(() -> AppConfig.fromContext(Map.of("billing", "yes")::get))
        .hasMessageContaining("billing must be true or false");
    assertThatThrownBy(() -> AppConfig.fromContext(Map.of("azs", "us-east-1a")::get))
        .hasMessageContaining("at least two");
    assertThatThrownBy(() -> AppConfig.fromContext(Map.of("azs", "us-east-1a,eu-west-1a")::get))
        .hasMessageContaining("at least two");
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
    assertThat(prod.tracing()).isTrue();
    assertThat(dev.tracing()).isFalse();
  }

  @Test
  void theProxyBudgetIsSharedSoThatEveryEnvironmentCanHoldItsPool() {
    // dev: max_connections 80, the proxy may use 80 % of them = 64.
    ConnectionBudget dev = StageSettings.of(Stage.DEV).connectionBudget();
    assertThat(dev.proxyConnections()).isEqualTo(64);
    var today =
        EnumSet.of(FunctionArea.AUTH, FunctionArea.VAULT, FunctionArea.TEAMS, FunctionArea.MIGRATE);
    Map<FunctionArea, Integer> reserved = dev.reservedConcurrency(today);
    // migrate holds 4; 60 left for 3 HTTP areas of 2 connections each: 10 environments apiece.
    assertThat(reserved)
        .containsEntry(FunctionArea.MIGRATE, 1)
        .containsEntry(FunctionArea.AUTH, 10)
        .containsEntry(FunctionArea.VAULT, 10)
        .containsEntry(FunctionArea.TEAMS, 10);
    assertThat(dev.demand(reserved)).isLessThanOrEqualTo(dev.proxyConnections());

    // Every area built: the jobs run one at a time and the HTTP areas share what is left.
    Map<FunctionArea, Integer> full = dev.reservedConcurrency(EnumSet.allOf(FunctionArea.class));
    assertThat(full)
        .containsEntry(FunctionArea.ROTATION_JOB, 1)
        .containsEntry(FunctionArea.ANOMALY_SCAN, 1)
        .containsEntry(FunctionArea.OUTBOX_JOB, 1);
    assertThat(full.get(FunctionArea.AUTH)).isEqualTo((64 - 4 - 2 - 2 - 2) / (9 * 2));
    assertThat(dev.demand(full)).isLessThanOrEqualTo(dev.proxyConnections());

    ConnectionBudget tiny = new ConnectionBudget(20, 50, 4, 2, 4);
    assertThatThrownBy(() -> tiny.reservedConcurrency(EnumSet.allOf(FunctionArea.class)))
        .hasMessageContaining("cannot give each of 9 HTTP functions one environment");
    assertThatThrownBy(() -> new ConnectionBudget(100, 80, 8, 2, 4))
        .hasMessageContaining("2 to 4 connections");
  }

  @Test
  void onlyCataloguedModulesWithAZipAreDeployed(@TempDir Path functionsDir) throws IOException {
    link(functionsDir, "auth", "auth");
    link(functionsDir, "migrate", "migrate");
    // A module the catalogue does not know yet, and the local server (no Lambda packaging).
    link(functionsDir, "reports", "teams");
    Files.createDirectories(functionsDir.resolve("local").resolve("target").resolve("quarkus-app"));
    Files.createDirectories(functionsDir.resolve("billing").resolve("src"));

    FunctionArtifacts artifacts = FunctionArtifacts.discover(functionsDir);
    assertThat(artifacts.built().keySet()).containsExactly(FunctionArea.AUTH, FunctionArea.MIGRATE);
    assertThat(artifacts.uncatalogued()).containsExactly("reports");
    assertThatThrownBy(() -> artifacts.zip(FunctionArea.BILLING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("billing/target/function.zip")
        .hasMessageContaining("./mvnw package -pl functions/billing -am");
  }

  @Test
  void aCataloguedModuleBuiltWithoutItsLambdaPackagingIsRefused(@TempDir Path functionsDir)
      throws IOException {
    Files.createDirectories(
        functionsDir.resolve("insights").resolve("target").resolve("quarkus-app"));
    assertThatThrownBy(() -> FunctionArtifacts.discover(functionsDir))
        .hasMessageContaining("functions/insights was built without its Lambda packaging");
  }

  @Test
  void theBuiltZipsAreJvmBuildsAndANativeDeployOfThemIsRefused() {
    FunctionArtifacts artifacts = FunctionArtifacts.discover(SynthesizedStage.FUNCTIONS);
    for (FunctionArea area : SynthesizedStage.builtModules()) {
      assertThat(FunctionArtifacts.inspect(artifacts.zip(area)))
          .as(area.id())
          .isEqualTo(FunctionArtifacts.Build.JVM);
      artifacts.requireRuntime(area, FunctionRuntime.JVM);
    }
    assertThatThrownBy(() -> artifacts.requireRuntime(FunctionArea.MIGRATE, FunctionRuntime.NATIVE))
        .hasMessageContaining("functions/migrate/target/function.zip is a JVM build (lib/*.jar)")
        .hasMessageContaining("runtime=native (provided.al2023)")
        .hasMessageContaining("deploy with -c runtime=jvm");
  }

  @Test
  void aNativeZipIsRefusedOnTheJvmRuntime(@TempDir Path functionsDir) throws IOException {
    // No module builds natively here yet: a zip shaped like Quarkus's native packaging.
    Path target = Files.createDirectories(functionsDir.resolve("teams").resolve("target"));
    try (OutputStream out = Files.newOutputStream(target.resolve("function.zip"));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("bootstrap"));
      zip.write("\u007fELF".getBytes(StandardCharsets.ISO_8859_1));
      zip.closeEntry();
    }
    FunctionArtifacts artifacts = FunctionArtifacts.discover(functionsDir);
    assertThat(FunctionArtifacts.inspect(artifacts.zip(FunctionArea.TEAMS)))
        .isEqualTo(FunctionArtifacts.Build.NATIVE);
    artifacts.requireRuntime(FunctionArea.TEAMS, FunctionRuntime.NATIVE);
    assertThatThrownBy(() -> artifacts.requireRuntime(FunctionArea.TEAMS, FunctionRuntime.JVM))
        .hasMessageContaining("is a native build (bootstrap)")
        .hasMessageContaining("deploy with -c runtime=native");
  }

  /**
   * Puts the repository's built zip of {@code from} at {@code <dir>/<area>/target/function.zip}.
   */
  static void link(Path functionsDir, String area, String from) throws IOException {
    Path target = Files.createDirectories(functionsDir.resolve(area).resolve("target"));
    Files.createSymbolicLink(
        target.resolve("function.zip"),
        SynthesizedStage.FUNCTIONS.resolve(from).resolve("target").resolve("function.zip"));
  }
}
