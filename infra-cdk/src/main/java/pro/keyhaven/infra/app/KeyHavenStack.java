package pro.keyhaven.infra.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pro.keyhaven.infra.api.HttpApiRoutes;
import pro.keyhaven.infra.data.Cache;
import pro.keyhaven.infra.data.Database;
import pro.keyhaven.infra.edge.Edge;
import pro.keyhaven.infra.functions.FunctionArea;
import pro.keyhaven.infra.functions.FunctionArtifacts;
import pro.keyhaven.infra.functions.Functions;
import pro.keyhaven.infra.jobs.Schedules;
import pro.keyhaven.infra.migrations.Migrations;
import pro.keyhaven.infra.network.Network;
import pro.keyhaven.infra.observability.Alarms;
import pro.keyhaven.infra.secrets.SecretsAndKeys;
import pro.keyhaven.infra.storage.AuditStorage;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.lambda.Function;
import software.constructs.Construct;

/**
 * Everything of one stage in one stack, in us-east-1: the constructs are composed here and hold no
 * stage logic; the stage's values come from {@link StageSettings}.
 */
public class KeyHavenStack extends Stack {

  private final Functions functions;
  private final List<String> availabilityZones;

  public KeyHavenStack(Construct scope, AppConfig config) {
    super(
        scope,
        config.stackName(),
        StackProps.builder()
            .env(Environment.builder().account(config.account()).region(config.region()).build())
            .description("KeyHaven zero-knowledge API-key vault (" + config.stage().id() + ")")
            .terminationProtection(config.stage() == Stage.PROD)
            .build());
    availabilityZones = config.availabilityZones();
    StageSettings settings = StageSettings.of(config.stage());
    String stageId = config.stage().id();
    Tags.of(this).add("app", "keyhaven");
    Tags.of(this).add("stage", stageId);

    Network network =
        new Network(
            this, "Network", Network.Props.of(config.availabilityZones(), settings.natGateways()));

    SecretsAndKeys secrets =
        new SecretsAndKeys(
            this, "Secrets", SecretsAndKeys.Props.of(stageId, settings.statefulRemovalPolicy()));

    Database database =
        new Database(
            this,
            "Database",
            new Database.Props(
                "keyhaven-" + stageId,
                network.vpc(),
                network.functionsSecurityGroup(),
                secrets.databaseSecret(),
                "keyhaven",
                settings.dbInstanceType(),
                settings.dbAllocatedStorageGb(),
                settings.dbMaxAllocatedStorageGb(),
                settings.dbMultiAz(),
                settings.dbBackupRetentionDays(),
                settings.deletionProtection(),
                settings.statefulRemovalPolicy()));

    Cache cache =
        new Cache(
            this,
            "Cache",
            Cache.Props.of(
                network.vpc(),
                network.functionsSecurityGroup(),
                secrets.redisAuthToken(),
                settings.cacheNodeType(),
                settings.cacheNodes(),
                settings.cacheSnapshotRetentionDays()));

    AuditStorage audit =
        new AuditStorage(
            this,
            "AuditStorage",
            AuditStorage.Props.of(
                settings.statefulRemovalPolicy(), settings.auditNoncurrentVersionDays()));

    FunctionArtifacts artifacts = new FunctionArtifacts(config.functionsDir());
    // The hosted deployment sells plans; billing is off only locally and when self-hosted.
    boolean billingEnabled = true;
    functions =
        new Functions(
            this,
            "Functions",
            new Functions.Props(
                stageId,
                network.vpc(),
                network.functionsSecurityGroup(),
                config.runtime(),
                config.architecture(),
                artifacts,
                settings.logRetention(),
                settings.statefulRemovalPolicy(),
                billingEnabled,
                new Functions.Bindings(
                    database.proxyEndpoint(),
                    Database.PORT,
                    database.databaseName(),
                    database.secret(),
                    cache.host(),
                    cache.port(),
                    secrets.redisAuthToken(),
                    secrets.jwt(),
                    secrets.stripe(),
                    secrets.github(),
                    secrets.resend(),
                    secrets.llm(),
                    secrets.tinkKey(),
                    audit.bucket())));

    Migrations migrations =
        new Migrations(
            this,
            "Migrations",
            new Migrations.Props(
                functions.get(FunctionArea.MIGRATE),
                artifacts.sha256(FunctionArea.MIGRATE),
                config.deployId(),
                settings.logRetention(),
                settings.statefulRemovalPolicy()));
    // New code must not meet an old schema: every other function updates after the migrations.
    functions
        .all()
        .forEach(
            (area, function) -> {
              if (area != FunctionArea.MIGRATE) {
                function.getNode().addDependency(migrations.completed());
              }
            });

    HttpApiRoutes api =
        new HttpApiRoutes(
            this,
            "Api",
            new HttpApiRoutes.Props(
                stageId, functions.all(), settings.apiRateLimit(), settings.apiBurstLimit()));

    Edge edge =
        new Edge(
            this,
            "Edge",
            Edge.Props.of(
                stageId,
                api.endpoint(),
                settings.wafRequestsPerFiveMinutesPerIp(),
                settings.statefulRemovalPolicy()));
    functions.allowOrigins(edge.origin());

    new Schedules(
        this,
        "Jobs",
        Schedules.Props.of(
            List.of(
                new Schedules.Job(
                    "rotation-job", functions.get(FunctionArea.ROTATION_JOB), Duration.hours(1)),
                new Schedules.Job(
                    "anomaly-scan",
                    functions.get(FunctionArea.ANOMALY_SCAN),
                    Duration.minutes(15)))));

    Map<String, Function> byName = new LinkedHashMap<>();
    functions.all().forEach((area, function) -> byName.put(area.id(), function));
    new Alarms(
        this,
        "Alarms",
        Alarms.Props.of(
            api.api(),
            byName,
            database.instance(),
            settings.dbConnectionsAlarmThreshold(),
            config.alarmEmail()));

    output("Url", edge.origin(), "The dashboard and API, through CloudFront and the WAF");
    output("ApiEndpoint", api.endpoint(), "The HTTP API (CloudFront's origin for /api/*)");
    output("WebBucket", edge.webBucket().getBucketName(), "Upload web/dist here");
    output("DistributionId", edge.distribution().getDistributionId(), "For invalidations");
    output("AuditBucket", audit.bucket().getBucketName(), "Audit-log exports and backups");
    output("JwtSecretArn", secrets.jwt().getSecretArn(), "Put the JWT signing keys here");
    output("StripeSecretArn", secrets.stripe().getSecretArn(), "Put the Stripe keys here");
    output("GitHubSecretArn", secrets.github().getSecretArn(), "Put the GitHub app keys here");
    output("ResendSecretArn", secrets.resend().getSecretArn(), "Put the Resend API key here");
    output("LlmSecretArn", secrets.llm().getSecretArn(), "Put the LLM API key here");
  }

  private void output(String id, String value, String description) {
    CfnOutput.Builder.create(this, id).value(value).description(description).build();
  }

  /** The configured AZs: the default would ask AWS for them and so make synthesis go online. */
  @Override
  public List<String> getAvailabilityZones() {
    return availabilityZones;
  }

  public Functions functions() {
    return functions;
  }
}
