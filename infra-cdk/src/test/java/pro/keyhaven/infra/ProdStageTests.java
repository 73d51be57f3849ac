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
import software.amazon.awscdk.assertions.Match;

/** The prod stage, every catalogued area: the protections dev goes without. */
class ProdStageTests {

  @TempDir static Path dir;
  static SynthesizedStage prod;

  @BeforeAll
  static void synthesize() {
    prod =
        SynthesizedStage.synth(
            dir,
            SynthesizedStage.fullCatalogue(dir.resolve("functions")),
            Map.of("stage", "prod", "alarmEmail", "oncall@keyhaven.example"));
  }

  @Test
  void postgresIsMultiAzDeletionProtectedRetainedAndBackedUpForTwoWeeks() {
    prod.template.hasResource(
        "AWS::RDS::DBInstance",
        Map.of(
            "DeletionPolicy",
            "Retain",
            "UpdateReplacePolicy",
            "Retain",
            "Properties",
            Match.objectLike(
                Map.of(
                    "DeletionProtection", true,
                    "MultiAZ", true,
                    "BackupRetentionPeriod", 14,
                    "StorageEncrypted", true,
                    "StorageType", "gp3",
                    "PubliclyAccessible", false))));
    prod.template.hasResourceProperties(
        "AWS::RDS::DBParameterGroup",
        Map.of("Parameters", Match.objectLike(Map.of("max_connections", "400"))));
  }

  @Test
  void secretsKeysBucketsAndLogsSurviveAStackDeletion() {
    for (String type :
        List.of(
            "AWS::SecretsManager::Secret",
            "AWS::KMS::Key",
            "AWS::S3::Bucket",
            "AWS::Logs::LogGroup")) {
      prod.template.allResources(type, Map.of("DeletionPolicy", "Retain"));
    }
    prod.template.resourceCountIs("Custom::S3AutoDeleteObjects", 0);
    assertThat(prod.stack.getTerminationProtection()).isTrue();
  }

  /** Security finding 7: exported audit chains cannot be overwritten or deleted for a year. */
  @Test
  void auditExportsAreUnderObjectLockInComplianceModeForAYear() {
    prod.template.hasResourceProperties(
        "AWS::S3::Bucket",
        Map.of(
            "ObjectLockEnabled",
            true,
            "ObjectLockConfiguration",
            Map.of(
                "ObjectLockEnabled",
                "Enabled",
                "Rule",
                Map.of("DefaultRetention", Map.of("Mode", "COMPLIANCE", "Days", 365)))));
  }

  @Test
  void redisFailsOverToAReplicaInAnotherAzAndBothNodesAreWatched() {
    prod.template.hasResourceProperties(
        "AWS::ElastiCache::ReplicationGroup",
        Map.of(
            "NumCacheClusters", 2,
            "AutomaticFailoverEnabled", true,
            "MultiAZEnabled", true,
            "AtRestEncryptionEnabled", true,
            "TransitEncryptionEnabled", true,
            "SnapshotRetentionLimit", 7));
    long redisAlarms =
        prod.resourcesOfType("AWS::CloudWatch::Alarm").values().stream()
            .filter(a -> "AWS/ElastiCache".equals(properties(a).get("Namespace")))
            .count();
    assertThat(redisAlarms).isEqualTo(4);
  }

  @Test
  void functionsAreTracedPoolFourConnectionsAndKeepLogsForThreeMonths() {
    for (FunctionArea area : FunctionArea.values()) {
      Map<String, Object> function = properties(prod.resources().get(prod.functionId(area)));
      assertThat(function).as(area.id()).containsEntry("TracingConfig", Map.of("Mode", "Active"));
      String logGroup = SynthesizedStage.references(function.get("LoggingConfig")).get(0);
      assertThat(properties(prod.resources().get(logGroup))).containsEntry("RetentionInDays", 90);
    }
    assertThat(prod.environmentOf(prod.functionId(FunctionArea.AUTH)))
        .containsEntry("KEYHAVEN_DB_POOL_SIZE", "4");
  }

  @Test
  void eachAzHasItsOwnNatGateway() {
    prod.template.resourceCountIs("AWS::EC2::NatGateway", 2);
  }

  @Test
  void alarmsReachTheOnCallAddress() {
    prod.template.hasResourceProperties(
        "AWS::SNS::Subscription",
        Map.of("Protocol", "email", "Endpoint", "oncall@keyhaven.example"));
  }

  @Test
  void prodAndDevDoNotClashOnPhysicalNames() {
    prod.template.hasResourceProperties(
        "AWS::RDS::DBProxy", Map.of("DBProxyName", "keyhaven-prod"));
    prod.template.hasResourceProperties(
        "AWS::RDS::DBInstance", Map.of("DBInstanceIdentifier", "keyhaven-prod"));
    prod.template.hasResourceProperties("AWS::WAFv2::WebACL", Map.of("Name", "keyhaven-prod"));
    prod.template.hasResourceProperties(
        "AWS::KMS::Alias", Map.of("AliasName", "alias/keyhaven-prod-tink"));
  }

  @Test
  void theAwsSolutionsChecksFindNothingUnsuppressedAndEverySuppressionSaysWhy() {
    NagChecks.assertClean(prod);
  }
}
