package pro.keyhaven.infra;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static pro.keyhaven.infra.SynthesizedStage.properties;
import static pro.keyhaven.infra.SynthesizedStage.references;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pro.keyhaven.infra.functions.FunctionArea;
import software.amazon.awscdk.assertions.Match;

/**
 * The dev stage with native functions: everything every stage must have. The expectations are
 * written out here (not read from {@link FunctionArea}) so that a change to the catalogue shows up
 * as a failing test.
 */
class DevStageTests {

  /** Route keys of the HTTP API and the area each must reach. */
  static final Map<String, String> ROUTES =
      Map.ofEntries(
          entry("ANY /api/auth/{proxy+}", "auth"),
          entry("ANY /api/me", "auth"),
          entry("ANY /api/me/{proxy+}", "auth"),
          entry("ANY /api/users/{proxy+}", "auth"),
          entry("ANY /api/keys", "vault"),
          entry("ANY /api/keys/{proxy+}", "vault"),
          entry("ANY /api/audit", "vault"),
          entry("ANY /api/audit/{proxy+}", "vault"),
          entry("ANY /api/teams", "teams"),
          entry("ANY /api/teams/{proxy+}", "teams"),
          entry("ANY /api/usage", "monitoring"),
          entry("ANY /api/anomalies", "monitoring"),
          entry("ANY /api/anomalies/{proxy+}", "monitoring"),
          entry("ANY /api/keys/{id}/usage", "monitoring"),
          entry("ANY /api/keys/{id}/health", "monitoring"),
          entry("ANY /api/keys/{id}/rotation-schedule", "monitoring"),
          entry("ANY /api/insights", "insights"),
          entry("ANY /api/insights/{proxy+}", "insights"),
          entry("ANY /api/integrations/{proxy+}", "integrations"),
          entry("ANY /webhooks/github", "integrations"),
          entry("ANY /api/billing/{proxy+}", "billing"),
          entry("ANY /webhooks/stripe", "billing"),
          entry("ANY /api/notifications", "notifications"),
          entry("ANY /api/notifications/{proxy+}", "notifications"));

  /** The secrets each function may read, and no others. */
  static final Map<String, Set<String>> SECRETS =
      Map.ofEntries(
          entry("auth", Set.of("db", "redis", "jwt")),
          entry("vault", Set.of("db", "redis", "jwt")),
          entry("teams", Set.of("db", "redis", "jwt")),
          entry("monitoring", Set.of("db", "redis", "jwt")),
          entry("insights", Set.of("db", "redis", "jwt", "llm")),
          entry("integrations", Set.of("db", "redis", "jwt", "github")),
          entry("billing", Set.of("db", "redis", "jwt", "stripe")),
          entry("notifications", Set.of("db", "redis", "jwt", "resend")),
          entry("rotation-job", Set.of("db", "redis", "resend")),
          entry("anomaly-scan", Set.of("db", "redis", "resend")),
          entry("migrate", Set.of("db")));

  /** Logical-id prefixes of the secrets (construct paths), by short name. */
  static final Map<String, String> SECRET_IDS =
      Map.of(
          "SecretsDatabaseSecret", "db",
          "SecretsRedisAuthToken", "redis",
          "SecretsJwtSigningKeys", "jwt",
          "SecretsStripe", "stripe",
          "SecretsGitHub", "github",
          "SecretsResend", "resend",
          "SecretsLlm", "llm");

  @TempDir static Path dir;
  static SynthesizedStage dev;

  @BeforeAll
  static void synthesize() {
    dev = SynthesizedStage.synth(dir, Map.of("stage", "dev"));
  }

  @Test
  void everyApiAreaHasALambdaAndExactlyItsRoutes() {
    Map<String, String> integrationToFunction = new HashMap<>();
    dev.resourcesOfType("AWS::ApiGatewayV2::Integration")
        .forEach(
            (id, integration) ->
                integrationToFunction.put(
                    id, references(properties(integration).get("IntegrationUri")).get(0)));

    Map<String, String> routeToArea = new HashMap<>();
    dev.resourcesOfType("AWS::ApiGatewayV2::Route")
        .values()
        .forEach(
            route -> {
              String integration = references(properties(route).get("Target")).get(0);
              String function = integrationToFunction.get(integration);
              routeToArea.put((String) properties(route).get("RouteKey"), areaOfFunction(function));
            });

    assertThat(routeToArea).containsExactlyInAnyOrderEntriesOf(ROUTES);
    dev.template.resourceCountIs("AWS::ApiGatewayV2::Route", ROUTES.size());
    for (FunctionArea area : FunctionArea.ofKind(FunctionArea.Kind.HTTP)) {
      assertThat(routeToArea).containsValue(area.id());
    }
  }

  @Test
  void everyFunctionIsNativeOnArm64WithItsOwnLogGroup() {
    for (FunctionArea area : FunctionArea.values()) {
      Map<String, Object> function = properties(dev.resources().get(dev.functionId(area)));
      assertThat(function)
          .containsEntry("Runtime", "provided.al2023")
          .containsEntry("Architectures", List.of("arm64"))
          .containsKey("VpcConfig");
      String logGroup = references(function.get("LoggingConfig")).get(0);
      assertThat(properties(dev.resources().get(logGroup))).containsEntry("RetentionInDays", 7);
    }
  }

  @Test
  void functionsGetTheEnvironmentContractForWhatTheyUse() {
    Map<String, Object> vault = environment(FunctionArea.VAULT);
    assertThat(vault)
        .containsEntry("KEYHAVEN_MODE", "aws")
        .containsEntry("KEYHAVEN_DB_PORT", "5432")
        .containsEntry("KEYHAVEN_DB_NAME", "keyhaven")
        .containsEntry("KEYHAVEN_BILLING_ENABLED", "true")
        .containsKeys(
            "KEYHAVEN_DB_HOST",
            "KEYHAVEN_DB_SECRET_ARN",
            "KEYHAVEN_REDIS_HOST",
            "KEYHAVEN_REDIS_PORT",
            "KEYHAVEN_REDIS_SECRET_ARN",
            "KEYHAVEN_JWT_SECRET_ARN",
            "KEYHAVEN_AUDIT_BUCKET",
            "KEYHAVEN_CORS_ORIGINS")
        .doesNotContainKeys(
            "KEYHAVEN_STRIPE_SECRET_ARN",
            "KEYHAVEN_GITHUB_SECRET_ARN",
            "KEYHAVEN_RESEND_SECRET_ARN",
            "KEYHAVEN_LLM_SECRET_ARN",
            "KEYHAVEN_TINK_KMS_KEY_ARN");
    // Functions reach PostgreSQL through the proxy, never the instance.
    assertThat(references(vault.get("KEYHAVEN_DB_HOST")))
        .singleElement()
        .satisfies(id -> assertThat(typeOf(id)).isEqualTo("AWS::RDS::DBProxy"));
    assertThat(references(vault.get("KEYHAVEN_CORS_ORIGINS")))
        .singleElement()
        .satisfies(id -> assertThat(typeOf(id)).isEqualTo("AWS::CloudFront::Distribution"));
    assertThat(vault.get("KEYHAVEN_CORS_ORIGINS").toString()).contains("https://");

    assertThat(environment(FunctionArea.BILLING)).containsKey("KEYHAVEN_STRIPE_SECRET_ARN");
    assertThat(environment(FunctionArea.INTEGRATIONS))
        .containsKeys("KEYHAVEN_GITHUB_SECRET_ARN", "KEYHAVEN_TINK_KMS_KEY_ARN");
    assertThat(environment(FunctionArea.INSIGHTS)).containsKey("KEYHAVEN_LLM_SECRET_ARN");
    assertThat(environment(FunctionArea.NOTIFICATIONS)).containsKey("KEYHAVEN_RESEND_SECRET_ARN");
    assertThat(environment(FunctionArea.ROTATION_JOB))
        .containsKeys("KEYHAVEN_TINK_KMS_KEY_ARN", "KEYHAVEN_RESEND_SECRET_ARN")
        .doesNotContainKeys("KEYHAVEN_JWT_SECRET_ARN", "KEYHAVEN_CORS_ORIGINS");
    assertThat(environment(FunctionArea.MIGRATE))
        .containsKeys("KEYHAVEN_DB_HOST", "KEYHAVEN_DB_SECRET_ARN")
        .doesNotContainKeys("KEYHAVEN_REDIS_SECRET_ARN", "KEYHAVEN_JWT_SECRET_ARN");
  }

  @ParameterizedTest
  @EnumSource(FunctionArea.class)
  void eachFunctionReadsOnlyItsOwnSecrets(FunctionArea area) {
    Set<String> readable = new TreeSet<>();
    for (Map<String, Object> statement : statementsOf(area)) {
      if (actions(statement).contains("secretsmanager:GetSecretValue")) {
        assertThat(statement.get("Resource")).as("never on *").isNotEqualTo("*");
        for (String id : references(statement.get("Resource"))) {
          readable.add(secretName(id));
        }
      }
    }
    assertThat(readable).isEqualTo(new TreeSet<>(SECRETS.get(area.id())));
  }

  @Test
  void onlyIntegrationsAndRotationMayUseTheTinkKey() {
    Set<String> users = new TreeSet<>();
    for (FunctionArea area : FunctionArea.values()) {
      for (Map<String, Object> statement : statementsOf(area)) {
        if (actions(statement).stream().anyMatch(action -> action.startsWith("kms:"))) {
          assertThat(references(statement.get("Resource")))
              .allSatisfy(id -> assertThat(typeOf(id)).isEqualTo("AWS::KMS::Key"));
          assertThat(actions(statement)).contains("kms:Encrypt", "kms:Decrypt");
          users.add(area.id());
        }
      }
    }
    assertThat(users).containsExactly("integrations", "rotation-job");
  }

  @Test
  void onlyVaultMayWriteAuditExportsAndNobodyMayDeleteThem() {
    Set<String> writers = new TreeSet<>();
    for (FunctionArea area : FunctionArea.values()) {
      for (Map<String, Object> statement : statementsOf(area)) {
        List<String> actions = actions(statement);
        if (actions.stream().anyMatch(action -> action.startsWith("s3:"))) {
          assertThat(actions).contains("s3:PutObject").noneMatch(a -> a.startsWith("s3:Delete"));
          writers.add(area.id());
        }
      }
    }
    assertThat(writers).containsExactly("vault");
  }

  @Test
  void wafGuardsTheDistributionWithManagedRulesAndARateLimit() {
    dev.template.resourceCountIs("AWS::WAFv2::WebACL", 1);
    String acl = dev.resourcesOfType("AWS::WAFv2::WebACL").keySet().iterator().next();
    for (String group :
        List.of(
            "AWSManagedRulesCommonRuleSet",
            "AWSManagedRulesKnownBadInputsRuleSet",
            "AWSManagedRulesAmazonIpReputationList")) {
      assertWebAclRule(
          Map.of(
              "OverrideAction",
              Map.of("None", Map.of()),
              "Statement",
              Map.of(
                  "ManagedRuleGroupStatement",
                  Match.objectLike(Map.of("VendorName", "AWS", "Name", group)))));
    }
    assertWebAclRule(
        Map.of(
            "Action",
            Map.of("Block", Map.of()),
            "Statement",
            Map.of(
                "RateBasedStatement",
                Match.objectLike(Map.of("AggregateKeyType", "IP", "Limit", 1000)))));
    dev.template.hasResourceProperties(
        "AWS::WAFv2::WebACL",
        Map.of("Scope", "CLOUDFRONT", "DefaultAction", Map.of("Allow", Map.of())));
    dev.template.hasResourceProperties(
        "AWS::CloudFront::Distribution",
        Map.of(
            "DistributionConfig",
            Match.objectLike(Map.of("WebACLId", Map.of("Fn::GetAtt", List.of(acl, "Arn"))))));
  }

  @Test
  void apiAndWebhooksGoToTheHttpApiUncachedWithAllViewerHeadersButHost() {
    String cachingDisabled = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
    String allViewerExceptHost = "b689b0a8-53d0-40ab-baf2-68738e2966ac";
    for (String path : List.of("/api/*", "/webhooks/*")) {
      dev.template.hasResourceProperties(
          "AWS::CloudFront::Distribution",
          Map.of(
              "DistributionConfig",
              Match.objectLike(
                  Map.of(
                      "CacheBehaviors",
                      Match.arrayWith(
                          List.of(
                              Match.objectLike(
                                  Map.of(
                                      "PathPattern", path,
                                      "CachePolicyId", cachingDisabled,
                                      "OriginRequestPolicyId", allViewerExceptHost,
                                      "ViewerProtocolPolicy", "https-only"))))))));
    }
    // The dashboard comes from the private bucket through origin access control.
    dev.template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
    dev.template.hasResourceProperties(
        "AWS::CloudFront::Distribution",
        Map.of(
            "DistributionConfig",
            Match.objectLike(
                Map.of(
                    "Origins",
                    Match.arrayWith(
                        List.of(
                            Match.objectLike(
                                Map.of("OriginAccessControlId", Match.anyValue()))))))));
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    dev.template.hasResourceProperties(
        "AWS::CloudFront::ResponseHeadersPolicy",
        Map.of(
            "ResponseHeadersPolicyConfig",
            Match.objectLike(
                Map.of(
                    "SecurityHeadersConfig",
                    Match.objectLike(
                        Map.of(
                            "StrictTransportSecurity",
                            Match.objectLike(Map.of("AccessControlMaxAgeSec", 31536000)),
                            "ContentTypeOptions",
                            Match.objectLike(Map.of("Override", true)),
                            "FrameOptions",
                            Match.objectLike(Map.of("FrameOption", "DENY")),
                            "ContentSecurityPolicy",
                            Match.objectLike(
                                Map.of(
                                    "ContentSecurityPolicy",
                                    Match.stringLikeRegexp("^default-src 'self'.*")))))))));
  }

  @Test
  void postgresIsEncryptedPrivateAndReachedThroughATlsProxy() {
    dev.template.hasResourceProperties(
        "AWS::RDS::DBInstance",
        Map.of(
            "Engine", "postgres",
            "StorageEncrypted", true,
            "PubliclyAccessible", false,
            "MultiAZ", false,
            "DeletionProtection", false,
            "BackupRetentionPeriod", 1));
    dev.template.hasResourceProperties(
        "AWS::RDS::DBProxy", Map.of("EngineFamily", "POSTGRESQL", "RequireTLS", true));
  }

  @Test
  void redisIsEncryptedInTransitAndAtRestWithAnAuthTokenFromSecretsManager() {
    dev.template.hasResourceProperties(
        "AWS::ElastiCache::ReplicationGroup",
        Map.of(
            "AtRestEncryptionEnabled",
            true,
            "TransitEncryptionEnabled",
            true,
            "AuthToken",
            Map.of(
                "Fn::Join",
                List.of(
                    "",
                    Match.arrayWith(
                        List.of(
                            "{{resolve:secretsmanager:",
                            Map.of("Ref", Match.stringLikeRegexp("^SecretsRedisAuthToken.*")))))),
            "NumCacheClusters",
            1));
    // In isolated subnets: the subnet group names only data subnets.
    dev.template.hasResourceProperties(
        "AWS::ElastiCache::SubnetGroup",
        Map.of(
            "SubnetIds",
            List.of(
                Map.of("Ref", Match.stringLikeRegexp("^NetworkVpcdataSubnet1.*")),
                Map.of("Ref", Match.stringLikeRegexp("^NetworkVpcdataSubnet2.*")))));
  }

  @Test
  void jobsRunOnTheirSchedules() {
    assertSchedule(FunctionArea.ROTATION_JOB, "rate(1 hour)");
    assertSchedule(FunctionArea.ANOMALY_SCAN, "rate(15 minutes)");
    dev.template.resourceCountIs("AWS::Events::Rule", 2);
  }

  @Test
  void migrationsRunOnDeployBeforeEveryOtherFunctionUpdates() {
    Map<String, Map<String, Object>> runs = dev.resourcesOfType("Custom::KeyHavenMigrations");
    assertThat(runs).hasSize(1);
    String run = runs.keySet().iterator().next();
    Map<String, Object> properties = properties(runs.get(run));
    assertThat(properties.get("MigrateCodeHash").toString()).matches("[0-9a-f]{64}");

    // The custom resource's provider invokes the migrate function.
    String provider = references(properties.get("ServiceToken")).get(0);
    Map<String, Object> providerEnvironment = environmentOf(provider);
    assertThat(references(providerEnvironment.get("USER_ON_EVENT_FUNCTION_ARN")))
        .containsExactly(dev.functionId(FunctionArea.MIGRATE));

    for (FunctionArea area : FunctionArea.values()) {
      Object dependsOn = dev.resources().get(dev.functionId(area)).get("DependsOn");
      if (area == FunctionArea.MIGRATE) {
        assertThat(String.valueOf(dependsOn)).doesNotContain(run);
      } else {
        assertThat(((List<?>) dependsOn).stream().map(String::valueOf)).as(area.id()).contains(run);
      }
    }
  }

  @Test
  void devCanBeTornDown() {
    dev.template.hasResource(
        "AWS::RDS::DBInstance",
        Map.of("DeletionPolicy", "Delete", "Properties", Match.objectLike(Map.of())));
    dev.template.allResources("AWS::SecretsManager::Secret", Map.of("DeletionPolicy", "Delete"));
    dev.template.allResources("AWS::S3::Bucket", Map.of("DeletionPolicy", "Delete"));
    dev.template.resourceCountIs("Custom::S3AutoDeleteObjects", 2);
    assertThat(dev.stack.getTerminationProtection()).isFalse();
  }

  @Test
  void bucketsBlockPublicAccessAndRefusePlainHttp() {
    dev.template.resourceCountIs("AWS::S3::Bucket", 2);
    dev.template.allResourcesProperties(
        "AWS::S3::Bucket",
        Map.of(
            "PublicAccessBlockConfiguration",
            Map.of(
                "BlockPublicAcls", true,
                "BlockPublicPolicy", true,
                "IgnorePublicAcls", true,
                "RestrictPublicBuckets", true),
            "BucketEncryption",
            Match.anyValue()));
    for (Map<String, Object> policy : dev.resourcesOfType("AWS::S3::BucketPolicy").values()) {
      assertThat(policy.toString()).contains("aws:SecureTransport=false").contains("Deny");
    }
  }

  @Test
  void auditBucketIsVersionedKmsEncryptedAndArchivedToGlacier() {
    dev.template.hasResourceProperties(
        "AWS::S3::Bucket",
        Map.of(
            "VersioningConfiguration",
            Map.of("Status", "Enabled"),
            "BucketEncryption",
            Map.of(
                "ServerSideEncryptionConfiguration",
                List.of(
                    Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "aws:kms")))),
            "LifecycleConfiguration",
            Map.of(
                "Rules",
                List.of(
                    Match.objectLike(
                        Map.of(
                            "Status", "Enabled",
                            "Transitions",
                                List.of(Map.of("StorageClass", "GLACIER", "TransitionInDays", 90)),
                            "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 30)))))));
  }

  @Test
  void awsCallsStayInsideTheVpcThroughEndpoints() {
    dev.template.resourceCountIs("AWS::EC2::VPCEndpoint", 3);
    for (String service : List.of("secretsmanager", "kms")) {
      dev.template.hasResourceProperties(
          "AWS::EC2::VPCEndpoint",
          Map.of(
              "ServiceName",
              "com.amazonaws.us-east-1." + service,
              "VpcEndpointType",
              "Interface",
              "PrivateDnsEnabled",
              true));
    }
    dev.template.hasResourceProperties(
        "AWS::EC2::VPCEndpoint", Map.of("VpcEndpointType", "Gateway"));
    dev.template.resourceCountIs("AWS::EC2::NatGateway", 1);
  }

  @Test
  void httpApiIsThrottled() {
    dev.template.hasResourceProperties(
        "AWS::ApiGatewayV2::Stage",
        Map.of(
            "StageName",
            "$default",
            "AutoDeploy",
            true,
            "DefaultRouteSettings",
            Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100)));
  }

  @Test
  void alarmsWatchApiErrorsEveryFunctionAndTheDatabase() {
    int functions = FunctionArea.values().length;
    // errors and throttles per function, the API 5xx rate, RDS CPU and connections
    dev.template.resourceCountIs("AWS::CloudWatch::Alarm", functions * 2 + 3);
    for (String metric : List.of("CPUUtilization", "DatabaseConnections")) {
      dev.template.hasResourceProperties(
          "AWS::CloudWatch::Alarm",
          Map.of("MetricName", metric, "Namespace", "AWS/RDS", "AlarmActions", Match.anyValue()));
    }
    dev.template.hasResourceProperties(
        "AWS::CloudWatch::Alarm",
        Map.of(
            "Metrics",
            Match.arrayWith(
                List.of(
                    Match.objectLike(
                        Map.of("Expression", "IF(requests > 0, 100 * errors / requests, 0)"))))));
  }

  private static void assertSchedule(FunctionArea area, String expression) {
    dev.template.hasResourceProperties(
        "AWS::Events::Rule",
        Map.of(
            "ScheduleExpression",
            expression,
            "State",
            "ENABLED",
            "Targets",
            List.of(
                Match.objectLike(
                    Map.of("Arn", Map.of("Fn::GetAtt", List.of(dev.functionId(area), "Arn")))))));
  }

  private static void assertWebAclRule(Map<String, Object> rule) {
    dev.template.hasResourceProperties(
        "AWS::WAFv2::WebACL", Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(rule)))));
  }

  private static String typeOf(String logicalId) {
    return String.valueOf(dev.resources().get(logicalId).get("Type"));
  }

  private static String areaOfFunction(String logicalId) {
    for (FunctionArea area : FunctionArea.values()) {
      if (dev.functionId(area).equals(logicalId)) {
        return area.id();
      }
    }
    throw new AssertionError(logicalId + " is no area's function");
  }

  private static String secretName(String logicalId) {
    return SECRET_IDS.entrySet().stream()
        .filter(e -> logicalId.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("unknown secret " + logicalId));
  }

  private static Map<String, Object> environment(FunctionArea area) {
    return environmentOf(dev.functionId(area));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> environmentOf(String functionId) {
    Map<String, Object> environment =
        (Map<String, Object>) properties(dev.resources().get(functionId)).get("Environment");
    return (Map<String, Object>) environment.get("Variables");
  }

  /** The statements of the inline policies attached to an area's execution role. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> statementsOf(FunctionArea area) {
    String role =
        references(properties(dev.resources().get(dev.functionId(area))).get("Role")).get(0);
    List<Map<String, Object>> statements = new java.util.ArrayList<>();
    dev.resourcesOfType("AWS::IAM::Policy")
        .values()
        .forEach(
            policy -> {
              if (references(properties(policy).get("Roles")).contains(role)) {
                Map<String, Object> document =
                    (Map<String, Object>) properties(policy).get("PolicyDocument");
                statements.addAll((List<Map<String, Object>>) document.get("Statement"));
              }
            });
    return statements;
  }

  private static List<String> actions(Map<String, Object> statement) {
    Object action = statement.get("Action");
    return action instanceof List<?> list
        ? list.stream().map(String::valueOf).toList()
        : List.of(String.valueOf(action));
  }
}
