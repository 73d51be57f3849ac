package pro.keyhaven.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pro.keyhaven.infra.app.Compliance;
import pro.keyhaven.infra.app.Stage;

/** What the accepted cdk-nag findings cover, and what they leave to fail synthesis. */
class ComplianceTests {

  @Test
  void anAcceptanceCoversItsRuleDetailAndPlaceOnly() {
    assertThat(
            accepted(
                Stage.DEV,
                "AwsSolutions-IAM5[Resource::*]",
                "Functions/auth/ServiceRole/DefaultPolicy/Resource"))
        .isTrue();
    // The same wildcard anywhere else, or another resource wildcard, is not accepted.
    assertThat(
            accepted(
                Stage.DEV,
                "AwsSolutions-IAM5[Resource::*]",
                "Secrets/AccessTokenKeysGenerator/ServiceRole/DefaultPolicy/Resource"))
        .isFalse();
    assertThat(
            accepted(
                Stage.DEV,
                "AwsSolutions-IAM5[Resource::<AuditStorageBucket.Arn>/*]",
                "Functions/vault/ServiceRole/DefaultPolicy/Resource"))
        .isFalse();
    assertThat(
            accepted(
                Stage.DEV,
                "AwsSolutions-IAM5[Action::kms:GenerateDataKey*]",
                "Functions/rotation/ServiceRole/DefaultPolicy/Resource"))
        .isTrue();
    assertThat(
            accepted(
                Stage.DEV,
                "AwsSolutions-IAM5[Action::s3:*]",
                "Functions/rotation/ServiceRole/DefaultPolicy/Resource"))
        .isFalse();
    // java21 is accepted for the application's functions, not for the stack's own Node handler.
    assertThat(accepted(Stage.DEV, "AwsSolutions-L1", "Functions/auth/Resource")).isTrue();
    assertThat(accepted(Stage.DEV, "AwsSolutions-L1", "Secrets/AccessTokenKeysGenerator/Resource"))
        .isFalse();
  }

  @Test
  void prodAcceptsNoneOfTheDisposableStagesShortcuts() {
    for (String rule : List.of("AwsSolutions-RDS3", "AwsSolutions-RDS10")) {
      assertThat(accepted(Stage.DEV, rule, "Database/Instance/Resource")).as(rule).isTrue();
      assertThat(accepted(Stage.PROD, rule, "Database/Instance/Resource")).as(rule).isFalse();
    }
    assertThat(accepted(Stage.DEV, "AwsSolutions-AEC4", "Cache/ReplicationGroup")).isTrue();
    assertThat(accepted(Stage.PROD, "AwsSolutions-AEC4", "Cache/ReplicationGroup")).isFalse();
  }

  @Test
  void everyAcceptanceSaysWhy() {
    for (Stage stage : Stage.values()) {
      assertThat(Compliance.accepted(stage))
          .allSatisfy(
              a -> assertThat(a.reason()).as(a.rule() + " " + a.where()).hasSizeGreaterThan(50));
    }
  }

  private static boolean accepted(Stage stage, String finding, String path) {
    return Compliance.accepted(stage).stream().anyMatch(a -> a.covers(finding, path));
  }
}
