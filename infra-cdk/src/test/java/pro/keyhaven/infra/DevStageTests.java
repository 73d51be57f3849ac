package pro.keyhaven.infra;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static pro.keyhaven.infra.SynthesizedStage.properties;
import static pro.keyhaven.infra.SynthesizedStage.references;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pro.keyhaven.infra.edge.Edge;
import pro.keyhaven.infra.functions.FunctionArea;
import software.amazon.awscdk.assertions.Match;

/**
 * The dev stage with every catalogued area (the real zips where the modules exist, see {@link
 * SynthesizedStage#fullCatalogue}): everything every stage must have. The expectations are written
 * out here (not read from {@link FunctionArea}) so that a change to the catalogue shows up as a
 * failing test.
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
          entry("ANY /api/keys/{id}/ingest-tokens", "monitoring"),
          entry("ANY /api/keys/{id}/ingest-tokens/{proxy+}", "monitoring"),
          entry("ANY /api/insights", "insights"),
          entry("ANY /api/insights/{proxy+}", "insights"),
          entry("ANY /api/integrations/{proxy+}", "integrations"),
          entry("ANY /webhooks/github", "integrations"),
          entry("ANY /api/billing/{proxy+}", "billing"),
          entry("ANY /webhooks/stripe", "billing"),
          entry("ANY /api/notifications", "notifications"),
          entry("ANY /api/notifications/{proxy+}", "notifications"),
          entry("ANY /api/connections", "rotation"),
          entry("ANY /api/connections/{proxy+}", "rotation"),
          entry("ANY /api/keys/{id}/rotation", "rotation"),
          entry("ANY /api/keys/{id}/rotation/{proxy+}", "rotation"),
          entry("ANY /api/keys/{id}/versions/{version}", "rotation"));

  /** The secrets each function may read, and no others. */
  static final Map<String, Set<String>> SECRETS =
      Map.ofEntries(
          entry("auth", Set.of("db-app", "redis", "jwt", "origin")),
          entry("vault", Set.of("db-app", "redis", "jwt", "origin")),
          entry("teams", Set.of("db-app", "redis", "jwt", "origin")),
          entry("monitoring", Set.of("db-app", "redis", "jwt", "origin")),
          entry("insights", Set.of("db-app", "redis", "jwt", "llm", "github", "origin")),
          entry("integrations", Set.of("db-app", "redis", "jwt", "github", "origin")),
          entry("billing", Set.of("db-app", "redis", "jwt", "stripe", "origin")),
          entry("notifications", Set.of("db-app", "redis", "jwt", "resend", "origin")),
          entry("rotation", Set.of("db-app", "redis", "jwt", "origin")),
          entry("rotation-job", Set.of("db-app", "redis", "jwt")),
          entry("anomaly-scan", Set.of("db-app", "redis", "jwt", "github")),
          entry("outbox-job", Set.of("db-app", "redis", "jwt", "resend")),
          entry("migrate", Set.of("db", "db-app")));

  /** Logical-id prefixes of the secrets (construct paths), by short name. */
  static final Map<String, String> SECRET_IDS =
      Map.of(
          "SecretsDatabaseSecret", "db",
          "SecretsAppDatabaseSecret", "db-app",
          "SecretsRedisAuthToken", "redis",
          "SecretsJwtSigningKeys", "jwt",
          "SecretsStripe", "stripe",
          "SecretsGitHub", "github",
          "SecretsResend", "resend",
          "SecretsLlm", "llm",
          "SecretsOriginVerify", "origin");

  @TempDir static Path dir;
  static SynthesizedStage dev;

  @BeforeAll
  static void synthesize() {
    dev =
        SynthesizedStage.synth(
            dir, SynthesizedStage.fullCatalogue(dir.resolve("functions")), Map.of("stage", "dev"));
  }

  @Test
  void everyApiAreaHasALambdaAndExactlyItsRoutesThroughTheLiveAlias() {
    Map<String, String> integrationToFunction = new HashMap<>();
    dev.resourcesOfType("AWS::ApiGatewayV2::Integration")
        .forEach(
            (id, integration) -> {
              String alias = references(properties(integration).get("IntegrationUri")).get(0);
              assertThat(dev.resources().get(alias).get("Type")).isEqualTo("AWS::Lambda::Alias");
              assertThat(properties(dev.resources().get(alias))).containsEntry("Name", "live");
              integrationToFunction.put(
                  id,
                  references(properties(dev.resources().get(alias)).get("FunctionName")).get(0));
            });

    Map<String, String> routeToArea = new HashMap<>();
    dev.resourcesOfType("AWS::ApiGatewayV2::Route")
        .values()
        .forEach(
            route -> {
              String integration = references(properties(route).get("Target")).get(0);
              String function = integrationToFunction.get(integration);
              routeToArea.put((String) properties(route).get("RouteKey"), dev.areaOf(function));
            });

    assertThat(routeToArea).containsExactlyInAnyOrderEntriesOf(ROUTES);
    dev.template.resourceCountIs("AWS::ApiGatewayV2::Route", ROUTES.size());
  }

  @Test
  void everyFunctionRunsTheJvmBuildOnJava21WithSnapStartOnArm64() {
    for (FunctionArea area : FunctionArea.values()) {
      Map<String, Object> function = properties(dev.resources().get(dev.functionId(area)));
      assertThat(function)
          .as(area.id())
          .containsEntry("Runtime", "java21")
          .containsEntry(
              "Handler", "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest")
          .containsEntry("Architectures", List.of("arm64"))
          .containsEntry("MemorySize", 1024)
          .containsKey("VpcConfig")
          .doesNotContainKey("TracingConfig");
      if (area == FunctionArea.MIGRATE) {
        assertThat(function).doesNotContainKey("SnapStart");
      } else {
        assertThat(function).containsEntry("SnapStart", Map.of("ApplyOn", "PublishedVersions"));
      }
      String logGroup = references(function.get("LoggingConfig")).get(0);
      assertThat(properties(dev.resources().get(logGroup))).containsEntry("RetentionInDays", 7);
    }
    // One published version per API area and job; the one a deploy replaces is deleted.
    dev.template.resourceCountIs("AWS::Lambda::Version", FunctionArea.values().length - 1);
    dev.template.allResources("AWS::Lambda::Version", Map.of("DeletionPolicy", "Delete"));
  }

  @Test
  void reservedConcurrencyKeepsEveryPoolWithinTheProxyBudget() {
    int proxyConnections = 80 * 80 / 100;
    int demand = 0;
    for (FunctionArea area : FunctionArea.values()) {
      Map<String, Object> function = properties(dev.resources().get(dev.functionId(area)));
      int reserved = ((Number) function.get("ReservedConcurrentExecutions")).intValue();
      int pool =
          area == FunctionArea.MIGRATE
              ? 4
              : Integer.parseInt(String.valueOf(environment(area).get("KEYHAVEN_DB_POOL_SIZE")));
      assertThat(pool).as(area.id()).isBetween(2, 4);
      if (area.kind() != FunctionArea.Kind.HTTP) {
        assertThat(reserved).as(area.id() + " runs one at a time").isEqualTo(1);
      } else {
        assertThat(reserved).as(area.id()).isEqualTo((proxyConnections - 4 - 2 - 2) / (9 * 2));
      }
      demand += reserved * pool;
    }
    assertThat(demand).isLessThanOrEqualTo(proxyConnections);
    dev.template.hasResourceProperties(
        "AWS::RDS::DBProxyTargetGroup",
        Map.of(
            "ConnectionPoolConfigurationInfo",
            Match.objectLike(Map.of("MaxConnectionsPercent", 80))));
    dev.template.hasResourceProperties(
        "AWS::RDS::DBParameterGroup",
        Map.of("Parameters", Match.objectLike(Map.of("max_connections", "80"))));
  }

  @Test
  void poolsLetGoOfIdleConnectionsBeforeTheProxyAndWaitLessThanTheFunctionRuns() {
    Map<String, Object> proxy =
        properties(dev.resourcesOfType("AWS::RDS::DBProxy").values().iterator().next());
    int proxyIdleSeconds = ((Number) proxy.get("IdleClientTimeout")).intValue();
    assertThat(proxyIdleSeconds).isEqualTo(300);
    assertThat(String.valueOf(environment(FunctionArea.VAULT).get("KEYHAVEN_DB_IDLE_TIMEOUT")))
        .isEqualTo("PT4M");
    Map<String, Object> targetGroup =
        properties(dev.resourcesOfType("AWS::RDS::DBProxyTargetGroup").values().iterator().next());
    @SuppressWarnings("unchecked")
    int borrowSeconds =
        ((Number)
                ((Map<String, Object>) targetGroup.get("ConnectionPoolConfigurationInfo"))
                    .get("ConnectionBorrowTimeout"))
            .intValue();
    int httpTimeout =
        ((Number) properties(dev.resources().get(dev.functionId(FunctionArea.AUTH))).get("Timeout"))
            .intValue();
    assertThat(borrowSeconds).isEqualTo(10).isLessThan(httpTimeout);
  }

  @Test
  void functionsGetTheEnvironmentContractForWhatTheyUse() {
    Map<String, Object> vault = environment(FunctionArea.VAULT);
    assertThat(vault)
        .containsEntry("KEYHAVEN_MODE", "aws")
        .containsEntry("KEYHAVEN_DB_PORT", "5432")
        .containsEntry("KEYHAVEN_DB_NAME", "keyhaven")
        .containsEntry("KEYHAVEN_DB_POOL_SIZE", "2")
        .containsEntry("KEYHAVEN_BILLING_ENABLED", "false")
        .containsKeys(
            "KEYHAVEN_DB_HOST",
            "KEYHAVEN_DB_SECRET_ARN",
            "KEYHAVEN_REDIS_HOST",
            "KEYHAVEN_REDIS_PORT",
            "KEYHAVEN_REDIS_SECRET_ARN",
            "KEYHAVEN_JWT_SECRET_ARN",
            "KEYHAVEN_CORS_ORIGINS")
        .doesNotContainKeys(
            "KEYHAVEN_STRIPE_SECRET_ARN",
            "KEYHAVEN_GITHUB_SECRET_ARN",
            "KEYHAVEN_RESEND_SECRET_ARN",
            "KEYHAVEN_LLM_SECRET_ARN",
            "KEYHAVEN_TINK_KMS_KEY_ARN");
    // Functions connect as the application role; only migrate holds the owner's secret.
    assertThat(references(vault.get("KEYHAVEN_DB_SECRET_ARN")))
        .singleElement()
        .satisfies(id -> assertThat(id).startsWith("SecretsAppDatabaseSecret"));
    assertThat(references(environment(FunctionArea.MIGRATE).get("KEYHAVEN_DB_SECRET_ARN")))
        .singleElement()
        .satisfies(id -> assertThat(id).startsWith("SecretsDatabaseSecret"));
    assertThat(environment(FunctionArea.MIGRATE)).containsKey("KEYHAVEN_DB_APP_SECRET_ARN");
    assertThat(vault).doesNotContainKey("KEYHAVEN_DB_APP_SECRET_ARN");
    // Functions reach PostgreSQL through the proxy, never the instance.
    assertThat(references(vault.get("KEYHAVEN_DB_HOST")))
        .singleElement()
        .satisfies(id -> assertThat(typeOf(id)).isEqualTo("AWS::RDS::DBProxy"));
    assertThat(references(vault.get("KEYHAVEN_CORS_ORIGINS")))
        .singleElement()
        .satisfies(id -> assertThat(typeOf(id)).isEqualTo("AWS::CloudFront::Distribution"));
    assertThat(vault.get("KEYHAVEN_CORS_ORIGINS").toString()).contains("https://");

    assertThat(environment(FunctionArea.BILLING)).containsKey("KEYHAVEN_STRIPE_SECRET_ARN");
    // Stripe and the mails lead people back to the dashboard behind CloudFront, not localhost.
    for (String variable :
        List.of(
            "KEYHAVEN_STRIPE_SUCCESS_URL",
            "KEYHAVEN_STRIPE_CANCEL_URL",
            "KEYHAVEN_STRIPE_PORTAL_RETURN_URL")) {
      Object url = environment(FunctionArea.BILLING).get(variable);
      assertThat(references(url))
          .singleElement()
          .satisfies(id -> assertThat(typeOf(id)).isEqualTo("AWS::CloudFront::Distribution"));
      assertThat(url.toString()).contains("https://").contains("/#/billing");
    }
    for (FunctionArea mailer : List.of(FunctionArea.NOTIFICATIONS, FunctionArea.OUTBOX_JOB)) {
      assertThat(references(environment(mailer).get("KEYHAVEN_NOTIFY_EMAIL_DASHBOARD_URL")))
          .singleElement()
          .satisfies(id -> assertThat(typeOf(id)).isEqualTo("AWS::CloudFront::Distribution"));
    }
    assertThat(environment(FunctionArea.VAULT)).doesNotContainKey("KEYHAVEN_STRIPE_SUCCESS_URL");
    // Auth mails the e-mail verification link, which leads to the dashboard too.
    assertThat(
            references(environment(FunctionArea.AUTH).get("KEYHAVEN_NOTIFY_EMAIL_DASHBOARD_URL")))
        .singleElement()
        .satisfies(id -> assertThat(typeOf(id)).isEqualTo("AWS::CloudFront::Distribution"));
    assertThat(environment(FunctionArea.MONITORING))
        .doesNotContainKey("KEYHAVEN_NOTIFY_EMAIL_DASHBOARD_URL");
    assertThat(environment(FunctionArea.INTEGRATIONS))
        .containsKeys("KEYHAVEN_GITHUB_SECRET_ARN", "KEYHAVEN_TINK_KMS_KEY_ARN");
    assertThat(environment(FunctionArea.ROTATION)).containsKey("KEYHAVEN_TINK_KMS_KEY_ARN");
    assertThat(environment(FunctionArea.INSIGHTS)).containsKey("KEYHAVEN_LLM_SECRET_ARN");
    assertThat(environment(FunctionArea.NOTIFICATIONS)).containsKey("KEYHAVEN_RESEND_SECRET_ARN");
    // The rotation job opens provider credentials (managed rotation) and writes notices to the
    // outbox; it sends no mail itself.
    assertThat(environment(FunctionArea.ROTATION_JOB))
        .containsKeys("KEYHAVEN_DB_HOST", "KEYHAVEN_DB_SECRET_ARN", "KEYHAVEN_TINK_KMS_KEY_ARN")
        .doesNotContainKeys("KEYHAVEN_RESEND_SECRET_ARN");
    assertThat(environment(FunctionArea.MIGRATE))
        .containsKeys("KEYHAVEN_DB_HOST", "KEYHAVEN_DB_SECRET_ARN")
        .doesNotContainKeys(
            "KEYHAVEN_REDIS_SECRET_ARN",
            "KEYHAVEN_JWT_SECRET_ARN",
            "KEYHAVEN_BILLING_ENABLED",
            "KEYHAVEN_DB_POOL_SIZE");
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
  void onlyTheAreasThatOpenServerHeldSecretsMayUseTheTinkKey() {
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
    // auth: TOTP secrets of two-step sign-in; integrations: GitHub tokens; rotation and the
    // rotation job: provider credentials; insights and the scan's insights refresh: GitHub tokens
    // (the dependency feed). Nothing else.
    assertThat(users)
        .containsExactly(
            "anomaly-scan", "auth", "insights", "integrations", "rotation", "rotation-job");
  }

  @Test
  void onlyTheScanWritesAuditExportsOnlyVaultReadsThemAndNoFunctionDeletesThem() {
    for (FunctionArea area : FunctionArea.values()) {
      List<String> s3 = new ArrayList<>();
      for (Map<String, Object> statement : statementsOf(area)) {
        actions(statement).stream().filter(a -> a.startsWith("s3:")).forEach(s3::add);
      }
      assertThat(s3).as(area.id()).noneMatch(a -> a.contains("Delete"));
      if (area == FunctionArea.ANOMALY_SCAN) {
        assertThat(s3).contains("s3:PutObject").noneMatch(a -> a.startsWith("s3:Get"));
        assertThat(environment(area)).containsKey("KEYHAVEN_AUDIT_BUCKET");
      } else if (area == FunctionArea.VAULT) {
        assertThat(s3).contains("s3:GetObject*", "s3:List*").noneMatch(a -> a.startsWith("s3:Put"));
        assertThat(environment(area)).containsKey("KEYHAVEN_AUDIT_BUCKET");
      } else {
        assertThat(s3).as(area.id()).isEmpty();
      }
    }
  }

  @Test
  void theAccessTokenKeysAreGeneratedOnCreateBeforeAnyFunctionStarts() {
    Map<String, Map<String, Object>> generators =
        dev.resourcesOfType("Custom::KeyHavenAccessTokenKeys");
    assertThat(generators).hasSize(1);
    String keys = generators.keySet().iterator().next();
    assertThat(references(properties(generators.get(keys)).get("SecretArn")))
        .singleElement()
        .satisfies(id -> assertThat(id).startsWith("SecretsJwtSigningKeys"));
    for (FunctionArea area : FunctionArea.values()) {
      if (area != FunctionArea.MIGRATE) {
        assertThat(dependsOn(dev.functionId(area))).as(area.id()).contains(keys);
      }
    }
    // The generator may read and write that secret and nothing else.
    String generator =
        dev.resourcesOfType("AWS::Lambda::Function").entrySet().stream()
            .filter(
                e ->
                    String.valueOf(properties(e.getValue()).get("Description"))
                        .contains("generates the access-token keys"))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    Map<String, Object> function = properties(dev.resources().get(generator));
    assertThat(function).containsEntry("Runtime", "nodejs24.x");
    assertThat(String.valueOf(function.get("Code"))).contains("generateKeyPairSync");
    List<String> secretsTouched = new ArrayList<>();
    for (Map<String, Object> statement : statementsOfFunction(generator)) {
      if (actions(statement).stream().anyMatch(a -> a.startsWith("secretsmanager:"))) {
        secretsTouched.addAll(references(statement.get("Resource")));
      }
    }
    assertThat(secretsTouched)
        .isNotEmpty()
        .allSatisfy(id -> assertThat(id).startsWith("SecretsJwtSigningKeys"));
  }

  @Test
  void wafGuardsTheDistributionWithManagedRulesARateLimitAndRedactedLogs() {
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
    dev.template.hasResourceProperties(
        "AWS::WAFv2::LoggingConfiguration",
        Map.of(
            "ResourceArn",
            Map.of("Fn::GetAtt", List.of(acl, "Arn")),
            "RedactedFields",
            List.of(
                Map.of("SingleHeader", Map.of("Name", "authorization")),
                Map.of("SingleHeader", Map.of("Name", "cookie")))));
    dev.template.hasResourceProperties(
        "AWS::Logs::LogGroup", Map.of("LogGroupName", "aws-waf-logs-keyhaven-dev"));
  }

  @Test
  void cloudFrontTheApiAndTheBucketsKeepAccessLogs() {
    dev.template.hasResourceProperties(
        "AWS::CloudFront::Distribution",
        Map.of(
            "DistributionConfig",
            Match.objectLike(
                Map.of(
                    "Logging",
                    Match.objectLike(Map.of("Prefix", "cloudfront/", "IncludeCookies", false))))));
    Map<String, Object> stage =
        properties(dev.resourcesOfType("AWS::ApiGatewayV2::Stage").values().iterator().next());
    @SuppressWarnings("unchecked")
    Map<String, Object> accessLogs = (Map<String, Object>) stage.get("AccessLogSettings");
    assertThat(String.valueOf(accessLogs.get("Format")))
        .contains("$context.requestId", "$context.status", "$context.routeKey")
        .doesNotContain("header", "querystring", "authorizer");
    assertThat(typeOf(references(accessLogs.get("DestinationArn")).get(0)))
        .isEqualTo("AWS::Logs::LogGroup");
    // Every bucket but the log bucket itself logs its access there.
    dev.template.resourceCountIs("AWS::S3::Bucket", 3);
    long logging =
        dev.resourcesOfType("AWS::S3::Bucket").values().stream()
            .filter(bucket -> properties(bucket).containsKey("LoggingConfiguration"))
            .count();
    assertThat(logging).isEqualTo(2);
    dev.template.hasResourceProperties(
        "AWS::EC2::FlowLog", Map.of("TrafficType", "REJECT", "LogDestinationType", "s3"));
  }

  /**
   * Security finding 8: the HTTP API's own address skips CloudFront and the WAF. CloudFront adds
   * the origin secret (a dynamic reference, not in the template) that every HTTP function requires,
   * names the viewer to them, and the API address is no longer a stack output.
   */
  @Test
  void edgeBypass_onlyCloudFrontCarriesTheOriginSecretAndNamesTheViewer() {
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
                                Map.of(
                                    "OriginCustomHeaders",
                                    List.of(
                                        Map.of(
                                            "HeaderName",
                                            "X-Origin-Verify",
                                            "HeaderValue",
                                            Match.anyValue()))))))))));
    // The header's value is resolved by CloudFormation at deploy: the template names the secret.
    assertThat(String.valueOf(dev.template.toJSON())).contains("{{resolve:secretsmanager:");
    for (FunctionArea area : FunctionArea.ofKind(FunctionArea.Kind.HTTP)) {
      assertThat(references(environment(area).get("KEYHAVEN_HTTP_ORIGIN_SECRET_ARN")))
          .as(area.id())
          .singleElement()
          .satisfies(id -> assertThat(id).startsWith("SecretsOriginVerify"));
    }
    assertThat(environment(FunctionArea.ANOMALY_SCAN))
        .doesNotContainKey("KEYHAVEN_HTTP_ORIGIN_SECRET_ARN");
    assertThat(dev.template.findOutputs("*")).doesNotContainKey("ApiEndpoint");
    dev.template.hasResourceProperties(
        "AWS::CloudFront::Function",
        Map.of("FunctionCode", Match.stringLikeRegexp("x-viewer-address.*event\\.viewer\\.ip")));
  }

  /** Security finding 8: CloudFront's CSP replaces the functions' own: it must be the same one. */
  @Test
  void oneContentSecurityPolicyThatLetsTheDashboardRunWebAssembly() {
    dev.template.hasResourceProperties(
        "AWS::CloudFront::ResponseHeadersPolicy",
        Map.of(
            "ResponseHeadersPolicyConfig",
            Match.objectLike(
                Map.of(
                    "SecurityHeadersConfig",
                    Match.objectLike(
                        Map.of(
                            "ContentSecurityPolicy",
                            Map.of(
                                "ContentSecurityPolicy",
                                Edge.CONTENT_SECURITY_POLICY,
                                "Override",
                                true)))))));
    assertThat(Edge.CONTENT_SECURITY_POLICY).contains("'wasm-unsafe-eval'");
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
    dev.template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
  }

  @Test
  void postgresPinsTheMajorVersionOnGp3WithInsightsLogsAndItsOwnParameters() {
    dev.template.hasResourceProperties(
        "AWS::RDS::DBInstance",
        Map.of(
            "Engine",
            "postgres",
            "EngineVersion",
            "17",
            "StorageType",
            "gp3",
            "StorageEncrypted",
            true,
            "PubliclyAccessible",
            false,
            "MultiAZ",
            false,
            "DeletionProtection",
            false,
            "BackupRetentionPeriod",
            1,
            "EnablePerformanceInsights",
            true,
            "EnableCloudwatchLogsExports",
            List.of("postgresql", "upgrade")));
    dev.template.hasResourceProperties(
        "AWS::RDS::DBInstance",
        Map.of(
            "DBParameterGroupName",
            Map.of("Ref", Match.stringLikeRegexp("^DatabaseParameters.*"))));
    dev.template.hasResourceProperties(
        "AWS::RDS::DBParameterGroup",
        Map.of(
            "Family",
            "postgres17",
            "Parameters",
            Match.objectLike(Map.of("rds.force_ssl", "1", "log_min_duration_statement", "1000"))));
    for (String log : List.of("postgresql", "upgrade")) {
      dev.template.hasResourceProperties(
          "AWS::Logs::LogGroup",
          Map.of("LogGroupName", "/aws/rds/instance/keyhaven-dev/" + log, "RetentionInDays", 7));
    }
    dev.template.hasResourceProperties(
        "AWS::RDS::DBProxy", Map.of("EngineFamily", "POSTGRESQL", "RequireTLS", true));
  }

  @Test
  void securityGroupRulesAreNotDuplicatedAndOnlyTheProxyReachesPostgres() {
    List<String> rules = new ArrayList<>();
    dev.resourcesOfType("AWS::EC2::SecurityGroupIngress")
        .values()
        .forEach(r -> rules.add("in " + canonical(properties(r))));
    dev.resourcesOfType("AWS::EC2::SecurityGroupEgress")
        .values()
        .forEach(r -> rules.add("out " + canonical(properties(r))));
    assertThat(rules).doesNotHaveDuplicates();
    Set<String> unique = new HashSet<>(rules);
    assertThat(unique).hasSameSizeAs(rules);
    // PostgreSQL admits one source: the proxy's group.
    List<String> toInstance =
        dev.resourcesOfType("AWS::EC2::SecurityGroupIngress").values().stream()
            .map(SynthesizedStage::properties)
            .filter(
                p ->
                    references(p.get("GroupId")).get(0).startsWith("DatabaseInstanceSecurityGroup"))
            .map(p -> references(p.get("SourceSecurityGroupId")).get(0))
            .toList();
    assertThat(toInstance)
        .singleElement()
        .satisfies(id -> assertThat(id).startsWith("DatabaseProxySecurityGroup"));
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
  }

  @Test
  void jobsRunOneAtATimeOnTheirSchedulesAndFailedRunsAreKept() {
    String queue = dev.resourcesOfType("AWS::SQS::Queue").keySet().iterator().next();
    assertSchedule(FunctionArea.ROTATION_JOB, "rate(1 hour)", queue);
    assertSchedule(FunctionArea.ANOMALY_SCAN, "rate(15 minutes)", queue);
    assertSchedule(FunctionArea.OUTBOX_JOB, "rate(1 minute)", queue);
    dev.template.resourceCountIs("AWS::Events::Rule", 3);
    dev.template.resourceCountIs("AWS::Lambda::EventInvokeConfig", 3);
    for (Map<String, Object> config :
        dev.resourcesOfType("AWS::Lambda::EventInvokeConfig").values()) {
      Map<String, Object> p = properties(config);
      assertThat(p)
          .containsEntry("MaximumRetryAttempts", 1)
          .containsEntry("MaximumEventAgeInSeconds", 3600);
      // The qualifier is the alias (the last part of its ARN), where EventBridge delivers.
      assertThat(typeOf(references(p.get("Qualifier")).get(0))).isEqualTo("AWS::Lambda::Alias");
      assertThat(references(p.get("DestinationConfig"))).contains(queue);
      assertThat(dev.areaOf(references(p.get("FunctionName")).get(0)))
          .isIn("rotation-job", "anomaly-scan", "outbox-job");
    }
    dev.template.hasResourceProperties(
        "AWS::SQS::Queue", Map.of("SqsManagedSseEnabled", true, "MessageRetentionPeriod", 1209600));
  }

  @Test
  void migrationsWaitForTheProxyTargetAndRunBeforeEveryOtherFunctionUpdates() {
    Map<String, Map<String, Object>> runs = dev.resourcesOfType("Custom::KeyHavenMigrations");
    assertThat(runs).hasSize(1);
    String run = runs.keySet().iterator().next();
    Map<String, Object> properties = properties(runs.get(run));
    assertThat(properties.get("MigrateCodeHash").toString()).matches("[0-9a-f]{64}");
    String targetGroup =
        dev.resourcesOfType("AWS::RDS::DBProxyTargetGroup").keySet().iterator().next();
    assertThat(dependsOn(run)).contains(targetGroup);

    // The custom resource's provider invokes the migrate function.
    String provider = references(properties.get("ServiceToken")).get(0);
    Map<String, Object> providerEnvironment = environmentOf(provider);
    assertThat(references(providerEnvironment.get("USER_ON_EVENT_FUNCTION_ARN")))
        .containsExactly(dev.functionId(FunctionArea.MIGRATE));

    for (FunctionArea area : FunctionArea.values()) {
      List<String> dependsOn = dependsOn(dev.functionId(area));
      if (area == FunctionArea.MIGRATE) {
        assertThat(dependsOn).doesNotContain(run);
      } else {
        assertThat(dependsOn).as(area.id()).contains(run);
      }
    }
  }

  @Test
  void zonesComeFromTheAccountsLookupAndDevCanBeTornDown() {
    List<String> zones =
        dev.resourcesOfType("AWS::EC2::Subnet").values().stream()
            .map(subnet -> String.valueOf(properties(subnet).get("AvailabilityZone")))
            .distinct()
            .sorted()
            .toList();
    assertThat(zones).containsExactly("us-east-1a", "us-east-1b");

    dev.template.hasResource(
        "AWS::RDS::DBInstance",
        Map.of("DeletionPolicy", "Delete", "Properties", Match.objectLike(Map.of())));
    dev.template.allResources("AWS::SecretsManager::Secret", Map.of("DeletionPolicy", "Delete"));
    dev.template.allResources("AWS::S3::Bucket", Map.of("DeletionPolicy", "Delete"));
    dev.template.resourceCountIs("Custom::S3AutoDeleteObjects", 3);
    assertThat(dev.stack.getTerminationProtection()).isFalse();
  }

  @Test
  void bucketsBlockPublicAccessAndRefusePlainHttp() {
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
    dev.template.resourceCountIs("AWS::EC2::NatGateway", 1);
  }

  /**
   * The rotation function and the rotation job call the providers (AWS IAM and STS, OpenAI,
   * SendGrid, Twilio, a user's webhook over HTTPS, a user's PostgreSQL): they run in subnets whose
   * default route leads to a NAT gateway, in a group that lets them out.
   */
  @ParameterizedTest
  @EnumSource(
      value = FunctionArea.class,
      names = {"ROTATION", "ROTATION_JOB"})
  @SuppressWarnings("unchecked")
  void rotationReachesTheProvidersThroughTheNat(FunctionArea area) {
    Map<String, Object> vpcConfig =
        (Map<String, Object>)
            properties(dev.resources().get(dev.functionId(area))).get("VpcConfig");
    List<String> subnets = references(vpcConfig.get("SubnetIds"));
    assertThat(subnets).as(area.id()).isNotEmpty();
    for (String subnet : subnets) {
      List<String> routeTables =
          dev.resourcesOfType("AWS::EC2::SubnetRouteTableAssociation").values().stream()
              .map(SynthesizedStage::properties)
              .filter(p -> references(p.get("SubnetId")).equals(List.of(subnet)))
              .map(p -> references(p.get("RouteTableId")).get(0))
              .toList();
      assertThat(routeTables).as(subnet).hasSize(1);
      boolean throughNat =
          dev.resourcesOfType("AWS::EC2::Route").values().stream()
              .map(SynthesizedStage::properties)
              .anyMatch(
                  p ->
                      references(p.get("RouteTableId")).equals(routeTables)
                          && "0.0.0.0/0".equals(p.get("DestinationCidrBlock"))
                          && p.containsKey("NatGatewayId"));
      assertThat(throughNat).as(area.id() + " in " + subnet + " reaches the internet").isTrue();
    }
    List<String> groups = references(vpcConfig.get("SecurityGroupIds"));
    assertThat(groups).as(area.id()).isNotEmpty();
    for (String group : groups) {
      List<Map<String, Object>> egress =
          (List<Map<String, Object>>)
              properties(dev.resources().get(group)).getOrDefault("SecurityGroupEgress", List.of());
      assertThat(egress)
          .as(area.id() + ": outbound HTTPS (443) and PostgreSQL (5432) from " + group)
          .anySatisfy(
              rule ->
                  assertThat(rule)
                      .containsEntry("CidrIp", "0.0.0.0/0")
                      .containsEntry("IpProtocol", "-1"));
    }
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
  void alarmsWatchTheEdgeEveryFunctionTheJobsTheDatabaseTheProxyAndRedis() {
    int functions = FunctionArea.values().length;
    // errors and throttles per function; API and CloudFront 5xx; job failures; RDS CPU,
    // connections and storage; proxy borrow latency; Redis CPU and memory on its one node
    dev.template.resourceCountIs("AWS::CloudWatch::Alarm", functions * 2 + 2 + 1 + 3 + 1 + 2);
    for (String[] metric :
        List.of(
            new String[] {"AWS/RDS", "CPUUtilization"},
            new String[] {"AWS/RDS", "DatabaseConnections"},
            new String[] {"AWS/RDS", "FreeStorageSpace"},
            new String[] {"AWS/RDS", "DatabaseConnectionsBorrowLatency"},
            new String[] {"AWS/ElastiCache", "EngineCPUUtilization"},
            new String[] {"AWS/ElastiCache", "DatabaseMemoryUsagePercentage"},
            new String[] {"AWS/CloudFront", "5xxErrorRate"},
            new String[] {"AWS/SQS", "ApproximateNumberOfMessagesVisible"})) {
      dev.template.hasResourceProperties(
          "AWS::CloudWatch::Alarm",
          Map.of(
              "Namespace", metric[0], "MetricName", metric[1], "AlarmActions", Match.anyValue()));
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

  @Test
  void theAwsSolutionsChecksFindNothingUnsuppressedAndEverySuppressionSaysWhy() {
    NagChecks.assertClean(dev);
  }

  private static void assertSchedule(FunctionArea area, String expression, String queue) {
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
                    Map.of(
                        "Arn",
                        Map.of(
                            "Ref",
                            Match.stringLikeRegexp(
                                "^Functions" + area.id().replace("-", "") + "live.*")),
                        "RetryPolicy",
                        Map.of("MaximumRetryAttempts", 2),
                        "DeadLetterConfig",
                        Map.of("Arn", Map.of("Fn::GetAtt", List.of(queue, "Arn"))))))));
  }

  private static void assertWebAclRule(Map<String, Object> rule) {
    dev.template.hasResourceProperties(
        "AWS::WAFv2::WebACL", Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(rule)))));
  }

  private static String canonical(Map<String, Object> rule) {
    Map<String, Object> copy = new java.util.TreeMap<>(rule);
    copy.remove("Description");
    return copy.toString();
  }

  private static String typeOf(String logicalId) {
    return String.valueOf(dev.resources().get(logicalId).get("Type"));
  }

  private static List<String> dependsOn(String logicalId) {
    Object dependsOn = dev.resources().get(logicalId).get("DependsOn");
    if (dependsOn == null) {
      return List.of();
    }
    return dependsOn instanceof List<?> list
        ? list.stream().map(String::valueOf).toList()
        : List.of(String.valueOf(dependsOn));
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

  private static Map<String, Object> environmentOf(String functionId) {
    return dev.environmentOf(functionId);
  }

  private static List<Map<String, Object>> statementsOf(FunctionArea area) {
    return statementsOfFunction(dev.functionId(area));
  }

  private static List<Map<String, Object>> statementsOfFunction(String functionId) {
    return dev.statementsOf(functionId);
  }

  static List<String> actions(Map<String, Object> statement) {
    Object action = statement.get("Action");
    return action instanceof List<?> list
        ? list.stream().map(String::valueOf).toList()
        : List.of(String.valueOf(action));
  }

  static Stream<FunctionArea> areas() {
    return Stream.of(FunctionArea.values());
  }
}
