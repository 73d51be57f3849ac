package pro.keyhaven.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pro.keyhaven.infra.edge.Edge;
import pro.keyhaven.infra.functions.EnvironmentContract;
import pro.keyhaven.infra.functions.FunctionArea;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

/**
 * The stack as {@code cdk deploy} would make it from this checkout: exactly the modules the build
 * made, their real zips, with billing, zones and tracing from context. The environment the stack
 * sets is compared with what each built function's configuration reads, both ways.
 */
class RepositoryStageTests {

  @TempDir static Path dir;
  static SynthesizedStage repo;

  @BeforeAll
  static void synthesize() {
    repo =
        SynthesizedStage.synth(
            dir,
            Map.of(
                "stage", "dev",
                "billing", "true",
                "azs", "us-east-1b,us-east-1c",
                "tracing", "true",
                "deployId", "ci-1"));
  }

  @Test
  void deploysExactlyTheModulesTheBuildMade() {
    assertThat(repo.deployed()).containsExactlyElementsOf(SynthesizedStage.builtModules());
    assertThat(repo.deployed()).contains(FunctionArea.MIGRATE);
    repo.template.resourceCountIs("AWS::Lambda::Alias", repo.deployed().size() - 1);
  }

  @Test
  void whatTheStackSetsIsWhatEachFunctionReadsAndTheReverse() {
    for (FunctionArea area : repo.deployed()) {
      ConfigReads reads =
          ConfigReads.of(
              repo.stack.artifacts().zip(area), dir.resolve("contract").resolve(area.id()));
      Set<String> set = new TreeSet<>();
      repo.environmentOf(repo.functionId(area)).keySet().stream()
          .filter(name -> name.startsWith("KEYHAVEN_"))
          .forEach(set::add);

      // Every variable the stack sets is read by the function's configuration.
      for (String variable : set) {
        assertThat(EnvironmentContract.ALL)
            .as("%s names %s", area.id(), variable)
            .contains(variable);
        assertThat(reads.reads(EnvironmentContract.property(variable)))
            .as(
                "functions/%s reads %s (%s)",
                area.id(), variable, EnvironmentContract.property(variable))
            .isTrue();
      }

      // Every contract variable the function's own configuration reads is set...
      Set<String> needed = new TreeSet<>();
      for (String variable : EnvironmentContract.ALL) {
        if (reads.ownNames.contains(EnvironmentContract.property(variable))) {
          needed.add(variable);
        }
      }
      // ...and so is what its clients need in AWS: the secrets source reads each only if set.
      needed.add(EnvironmentContract.MODE);
      if (reads.carries("postgresql") || reads.carries("agroal")) {
        needed.addAll(
            List.of(
                EnvironmentContract.DB_HOST,
                EnvironmentContract.DB_PORT,
                EnvironmentContract.DB_NAME,
                EnvironmentContract.DB_SECRET_ARN));
      }
      if (reads.carries("quarkus-reactive-pg-client")) {
        needed.add(EnvironmentContract.DB_IDLE_TIMEOUT);
      }
      if (reads.carries("quarkus-redis-client")) {
        needed.addAll(
            List.of(
                EnvironmentContract.REDIS_HOST,
                EnvironmentContract.REDIS_PORT,
                EnvironmentContract.REDIS_SECRET_ARN));
      }
      if (reads.carries("smallrye-jwt")) {
        needed.add(EnvironmentContract.JWT_SECRET_ARN);
      }
      if (reads.carries("tink")) {
        needed.add(EnvironmentContract.TINK_KMS_KEY_ARN);
      }
      assertThat(set).as("functions/%s gets what it reads", area.id()).containsAll(needed);
      if (area.kind() == FunctionArea.Kind.HTTP) {
        // CloudFront's header replaces the function's own: they must be one policy.
        assertThat(reads.contentSecurityPolicy)
            .as("functions/%s Content-Security-Policy", area.id())
            .isEqualTo(Edge.CONTENT_SECURITY_POLICY);
      }
      System.out.printf("environment contract %s: sets %s%n", area.id(), set);
    }
  }

  @Test
  void billingZonesTracingAndTheDeployIdComeFromContext() {
    for (FunctionArea area : repo.deployed()) {
      if (area != FunctionArea.MIGRATE) {
        assertThat(repo.environmentOf(repo.functionId(area)))
            .containsEntry("KEYHAVEN_BILLING_ENABLED", "true");
      }
      Map<String, Object> function =
          SynthesizedStage.properties(repo.resources().get(repo.functionId(area)));
      assertThat(function).containsEntry("TracingConfig", Map.of("Mode", "Active"));
      // A new deploy id publishes new versions: fresh snapshots read the secrets again.
      assertThat(function.get("Description"))
          .isEqualTo("KeyHaven " + area.id() + " (dev, deploy ci-1)");
    }
    List<String> zones =
        repo.resourcesOfType("AWS::EC2::Subnet").values().stream()
            .map(
                subnet ->
                    String.valueOf(SynthesizedStage.properties(subnet).get("AvailabilityZone")))
            .distinct()
            .sorted()
            .toList();
    assertThat(zones).containsExactly("us-east-1b", "us-east-1c");
    assertThat(
            SynthesizedStage.properties(
                    repo.resourcesOfType("Custom::KeyHavenMigrations").values().iterator().next())
                .get("DeployId"))
        .isEqualTo("ci-1");
  }

  @Test
  void aNativeDeployOfTheseJvmZipsStopsBeforeCloudFormationWithTheWayOut() {
    Map<String, Object> context = new HashMap<>();
    context.put("account", "111111111111");
    context.put("functionsDir", SynthesizedStage.FUNCTIONS.toString());
    context.put("azs", "us-east-1a,us-east-1b");
    context.put("runtime", "native");
    App app =
        new App(
            AppProps.builder().context(context).outdir(dir.resolve("native").toString()).build());
    assertThatThrownBy(() -> KeyHavenApp.compose(app))
        .hasMessageContaining("is a JVM build (lib/*.jar) but the stack deploys runtime=native")
        .hasMessageContaining("deploy with -c runtime=jvm");
  }

  @Test
  void theAwsSolutionsChecksFindNothingUnsuppressedAndEverySuppressionSaysWhy() {
    NagChecks.assertClean(repo);
  }
}
