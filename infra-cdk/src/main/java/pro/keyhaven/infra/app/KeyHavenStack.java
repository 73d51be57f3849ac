package pro.keyhaven.infra.app;

import java.util.ArrayList;
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
import pro.keyhaven.infra.storage.AccessLogs;
import pro.keyhaven.infra.storage.AuditStorage;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Everything of one stage in one stack, in us-east-1: the constructs are composed here and hold no
 * stage logic; the stage's values come from {@link StageSettings}; the functions are those the
 * build made ({@link FunctionArtifacts}).
 */
public class KeyHavenStack extends Stack {

  /** How long RDS Proxy keeps an idle client connection. */
  static final Duration PROXY_IDLE_CLIENT_TIMEOUT = Duration.minutes(5);

  /** The Lambda pools let go of idle connections before the proxy cuts them. */
  static final Duration POOL_IDLE_TIMEOUT = Duration.minutes(4);

  /** A request waits this long for a database connection: half the HTTP functions' 20 s. */
  static final Duration PROXY_BORROW_TIMEOUT = Duration.seconds(10);

  private final AppConfig config;
  private final StageSettings settings;
  private final FunctionArtifacts artifacts;
  private final Functions functions;
  private final Database database;

  public KeyHavenStack(Construct scope, AppConfig config) {
    super(
        scope,
        config.stackName(),
        StackProps.builder()
            .env(Environment.builder().account(config.account()).region(config.region()).build())
            .description("KeyHaven zero-knowledge API-key vault (" + config.stage().id() + ")")
            .terminationProtection(config.stage() == Stage.PROD)
            .build());
    this.config = config;
    settings = StageSettings.of(config.stage());
    String stageId = config.stage().id();
    Tags.of(this).add("app", "keyhaven");
    Tags.of(this).add("stage", stageId);

    artifacts = FunctionArtifacts.discover(config.functionsDir());
    if (!artifacts.isBuilt(FunctionArea.MIGRATE)) {
      // Without the schema no other function can start.
      artifacts.zip(FunctionArea.MIGRATE);
    }
    artifacts
        .uncatalogued()
        .forEach(
            module ->
                Annotations.of(this)
                    .addWarningV2(
                        "keyhaven:uncatalogued-function",
                        "functions/"
                            + module
                            + "/target/function.zip is not deployed: add the area to"
                            + " FunctionArea (routes, schedule, access)"));

    AccessLogs accessLogs =
        new AccessLogs(
            this,
            "AccessLogs",
            new AccessLogs.Props(settings.statefulRemovalPolicy(), settings.logRetentionDays()));

    Network network =
        new Network(
            this,
            "Network",
            Network.Props.of(
                config.availabilityZones(), settings.natGateways(), accessLogs.bucket()));

    SecretsAndKeys secrets =
        new SecretsAndKeys(
            this,
            "Secrets",
            SecretsAndKeys.Props.of(
                stageId, settings.statefulRemovalPolicy(), settings.logRetention()));

    database =
        new Database(
            this,
            "Database",
            new Database.Props(
                "keyhaven-" + stageId,
                network.vpc(),
                network.functionsSecurityGroup(),
                secrets.databaseSecret(),
                secrets.appDatabaseSecret(),
                "keyhaven",
                settings.dbInstanceType(),
                settings.dbAllocatedStorageGb(),
                settings.dbMaxAllocatedStorageGb(),
                settings.dbMultiAz(),
                settings.dbBackupRetentionDays(),
                settings.deletionProtection(),
                settings.statefulRemovalPolicy(),
                settings.logRetention(),
                settings.dbMaxConnections(),
                StageSettings.PROXY_MAX_CONNECTIONS_PERCENT,
                PROXY_IDLE_CLIENT_TIMEOUT,
                PROXY_BORROW_TIMEOUT));

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
                settings.statefulRemovalPolicy(),
                settings.auditNoncurrentVersionDays(),
                accessLogs.bucket()));

    Queue jobFailures =
        Queue.Builder.create(this, "JobFailures")
            .encryption(QueueEncryption.SQS_MANAGED)
            .enforceSsl(true)
            .retentionPeriod(Duration.days(14))
            .build();

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
                config.billing(),
                config.tracing().orElse(settings.tracing()),
                config.reserveConcurrency(),
                settings.connectionBudget(),
                POOL_IDLE_TIMEOUT,
                jobFailures,
                1,
                config.deployId(),
                new Functions.Bindings(
                    database.proxyEndpoint(),
                    Database.PORT,
                    database.databaseName(),
                    database.secret(),
                    secrets.appDatabaseSecret(),
                    cache.host(),
                    cache.port(),
                    secrets.redisAuthToken(),
                    secrets.jwt(),
                    secrets.stripe(),
                    secrets.github(),
                    secrets.resend(),
                    secrets.llm(),
                    secrets.originVerify(),
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
                settings.statefulRemovalPolicy(),
                database.proxyTarget()));
    functions
        .all()
        .forEach(
            (area, function) -> {
              if (area != FunctionArea.MIGRATE) {
                // New code must not meet an old schema: every other function updates after the
                // migrations; and a SnapStart version boots (reading the keys) when published.
                function.getNode().addDependency(migrations.completed());
                function.getNode().addDependency(secrets.accessTokenKeys());
              }
            });

    HttpApiRoutes api =
        new HttpApiRoutes(
            this,
            "Api",
            new HttpApiRoutes.Props(
                stageId,
                functions.invocable(),
                settings.apiRateLimit(),
                settings.apiBurstLimit(),
                settings.logRetention(),
                settings.statefulRemovalPolicy()));

    Edge edge =
        new Edge(
            this,
            "Edge",
            Edge.Props.of(
                stageId,
                api.endpoint(),
                secrets.originVerify(),
                settings.wafRequestsPerFiveMinutesPerIp(),
                settings.statefulRemovalPolicy(),
                accessLogs.bucket(),
                settings.logRetention()));
    functions.allowOrigins(edge.origin());
    functions.dashboardAt(edge.origin());

    List<Schedules.Job> jobs = new ArrayList<>();
    if (artifacts.isBuilt(FunctionArea.ROTATION_JOB)) {
      jobs.add(
          new Schedules.Job(
              "rotation-job",
              functions.invocable().get(FunctionArea.ROTATION_JOB),
              Duration.hours(1)));
    }
    if (artifacts.isBuilt(FunctionArea.ANOMALY_SCAN)) {
      jobs.add(
          new Schedules.Job(
              "anomaly-scan",
              functions.invocable().get(FunctionArea.ANOMALY_SCAN),
              Duration.minutes(15)));
    }
    if (artifacts.isBuilt(FunctionArea.OUTBOX_JOB)) {
      jobs.add(
          new Schedules.Job(
              "outbox-job",
              functions.invocable().get(FunctionArea.OUTBOX_JOB),
              Duration.minutes(1)));
    }
    new Schedules(this, "Jobs", Schedules.Props.of(jobs, jobFailures));

    Map<String, Function> byName = new LinkedHashMap<>();
    functions.all().forEach((area, function) -> byName.put(area.id(), function));
    new Alarms(
        this,
        "Alarms",
        Alarms.Props.of(
            new Alarms.Watched(
                api.api(),
                byName,
                database.instance(),
                database.proxy().getDbProxyName(),
                cache.nodeIds(),
                edge.distribution().getDistributionId(),
                jobFailures),
            settings.dbConnectionsAlarmThreshold(),
            settings.dbFreeStorageAlarmBytes(),
            config.alarmEmail()));

    output("Url", edge.origin(), "The dashboard and API, through CloudFront and the WAF");
    output("WebBucket", edge.webBucket().getBucketName(), "Upload web/dist here");
    output("DistributionId", edge.distribution().getDistributionId(), "For invalidations");
    output("AuditBucket", audit.bucket().getBucketName(), "Audit-log exports and backups");
    output(
        "DeployedFunctions",
        String.join(" ", functions.all().keySet().stream().map(FunctionArea::id).toList()),
        "The areas this deploy carries (those whose zip was built)");
    output("StripeSecretArn", secrets.stripe().getSecretArn(), "Put the Stripe keys here");
    output(
        "GitHubSecretArn",
        secrets.github().getSecretArn(),
        "Put {webhook_secret, envelope_keyset (a Tink JSON AES-256-GCM keyset)} here");
    output("ResendSecretArn", secrets.resend().getSecretArn(), "Put the Resend API key here");
    output("LlmSecretArn", secrets.llm().getSecretArn(), "Put the LLM API key here");
  }

  private void output(String id, String value, String description) {
    CfnOutput.Builder.create(this, id).value(value).description(description).build();
  }

  /** The AZs from context; otherwise the account's own, looked up (and cached) by the CLI. */
  @Override
  public List<String> getAvailabilityZones() {
    return config == null || config.availabilityZones().isEmpty()
        ? super.getAvailabilityZones()
        : config.availabilityZones().get();
  }

  public AppConfig config() {
    return config;
  }

  public StageSettings settings() {
    return settings;
  }

  public FunctionArtifacts artifacts() {
    return artifacts;
  }

  public Functions functions() {
    return functions;
  }

  public Database database() {
    return database;
  }

  private List<Compliance.Finding> nagFindings = List.of();

  public void setNagFindings(List<Compliance.Finding> findings) {
    nagFindings = List.copyOf(findings);
  }

  /** What the AWS Solutions checks found when the app was composed, accepted or not. */
  public List<Compliance.Finding> nagFindings() {
    return nagFindings;
  }
}
