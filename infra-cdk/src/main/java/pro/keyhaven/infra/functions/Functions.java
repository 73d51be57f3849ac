package pro.keyhaven.infra.functions;

import static pro.keyhaven.infra.functions.EnvironmentContract.AUDIT_BUCKET;
import static pro.keyhaven.infra.functions.EnvironmentContract.BILLING_ENABLED;
import static pro.keyhaven.infra.functions.EnvironmentContract.CORS_ORIGINS;
import static pro.keyhaven.infra.functions.EnvironmentContract.DB_APP_SECRET_ARN;
import static pro.keyhaven.infra.functions.EnvironmentContract.DB_HOST;
import static pro.keyhaven.infra.functions.EnvironmentContract.DB_IDLE_TIMEOUT;
import static pro.keyhaven.infra.functions.EnvironmentContract.DB_NAME;
import static pro.keyhaven.infra.functions.EnvironmentContract.DB_POOL_SIZE;
import static pro.keyhaven.infra.functions.EnvironmentContract.DB_PORT;
import static pro.keyhaven.infra.functions.EnvironmentContract.DB_SECRET_ARN;
import static pro.keyhaven.infra.functions.EnvironmentContract.GITHUB_SECRET_ARN;
import static pro.keyhaven.infra.functions.EnvironmentContract.HTTP_ORIGIN_SECRET_ARN;
import static pro.keyhaven.infra.functions.EnvironmentContract.JWT_SECRET_ARN;
import static pro.keyhaven.infra.functions.EnvironmentContract.LLM_SECRET_ARN;
import static pro.keyhaven.infra.functions.EnvironmentContract.MODE;
import static pro.keyhaven.infra.functions.EnvironmentContract.REDIS_HOST;
import static pro.keyhaven.infra.functions.EnvironmentContract.REDIS_PORT;
import static pro.keyhaven.infra.functions.EnvironmentContract.REDIS_SECRET_ARN;
import static pro.keyhaven.infra.functions.EnvironmentContract.RESEND_SECRET_ARN;
import static pro.keyhaven.infra.functions.EnvironmentContract.STRIPE_SECRET_ARN;
import static pro.keyhaven.infra.functions.EnvironmentContract.TINK_KMS_KEY_ARN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pro.keyhaven.infra.network.Network;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.lambda.VersionOptions;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * One Lambda per built area of {@link FunctionArea}, from that module's zip, each granted only the
 * secrets and actions its area lists and given the matching part of the environment contract.
 *
 * <p>HTTP areas and jobs are invoked through the alias {@value #ALIAS}, which points at the version
 * published by this deploy: with SnapStart (the JVM runtime) only published versions start from the
 * snapshot. The migrate function is invoked unqualified, once per deploy.
 */
public class Functions extends Construct {

  /** The alias API Gateway and EventBridge invoke. */
  public static final String ALIAS = "live";

  /** The resources that {@link Access} values stand for. */
  public record Bindings(
      String dbHost,
      int dbPort,
      String dbName,
      ISecret dbSecret,
      ISecret dbAppSecret,
      String redisHost,
      String redisPort,
      ISecret redisSecret,
      ISecret jwtSecret,
      ISecret stripeSecret,
      ISecret githubSecret,
      ISecret resendSecret,
      ISecret llmSecret,
      ISecret originSecret,
      IKey tinkKey,
      IBucket auditBucket) {}

  /**
   * @param billingEnabled plans and limits (context {@code billing}); off for self-hosters
   * @param tracing X-Ray active tracing (per stage, context {@code tracing})
   * @param reserveConcurrency off only for accounts whose concurrency quota is still the
   *     new-account 10, where no function may reserve any
   * @param dbIdleTimeout the pool's idle timeout, below the proxy's idle client timeout
   * @param jobFailures where a job run that failed all its attempts is kept
   * @param jobRetries Lambda's own retries of a failed job run
   * @param deployId when set, part of every function's description: a new one publishes new
   *     versions, whose SnapStart snapshots read the secrets afresh
   */
  public record Props(
      String stageId,
      IVpc vpc,
      ISecurityGroup securityGroup,
      FunctionRuntime runtime,
      CpuArchitecture architecture,
      FunctionArtifacts artifacts,
      RetentionDays logRetention,
      RemovalPolicy logRemovalPolicy,
      boolean billingEnabled,
      boolean tracing,
      boolean reserveConcurrency,
      ConnectionBudget budget,
      Duration dbIdleTimeout,
      IQueue jobFailures,
      int jobRetries,
      Optional<String> deployId,
      Bindings bindings) {}

  /** How long each kind may run: API Gateway gives up after 30 s; jobs and migrations need more. */
  static Duration timeout(FunctionArea.Kind kind) {
    return switch (kind) {
      case HTTP -> Duration.seconds(20);
      case SCHEDULED -> Duration.minutes(5);
      case MIGRATION -> Duration.minutes(10);
    };
  }

  private final Map<FunctionArea, Function> functions = new EnumMap<>(FunctionArea.class);
  private final Map<FunctionArea, IFunction> invocable = new EnumMap<>(FunctionArea.class);
  private final Map<FunctionArea, Integer> reserved;

  public Functions(Construct scope, String id, Props props) {
    super(scope, id);
    reserved = props.budget().reservedConcurrency(props.artifacts().built().keySet());
    for (FunctionArea area : props.artifacts().built().keySet()) {
      props.artifacts().requireRuntime(area, props.runtime());
      Function function = create(area, props);
      functions.put(area, function);
      if (area.kind() == FunctionArea.Kind.MIGRATION) {
        invocable.put(area, function);
      } else {
        Alias alias =
            Alias.Builder.create(this, area.id() + "-" + ALIAS)
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();
        invocable.put(area, alias);
        if (area.kind() == FunctionArea.Kind.SCHEDULED) {
          // EventBridge invokes asynchronously: one retry by Lambda, then the event is kept in
          // the failure queue; a run older than its own period is superseded by the next one.
          alias.configureAsyncInvoke(
              EventInvokeConfigOptions.builder()
                  .retryAttempts(props.jobRetries())
                  .maxEventAge(Duration.hours(1))
                  .onFailure(new SqsDestination(props.jobFailures()))
                  .build());
        }
      }
    }
  }

  private Function create(FunctionArea area, Props props) {
    LogGroup logs =
        LogGroup.Builder.create(this, area.id() + "-logs")
            .retention(props.logRetention())
            .removalPolicy(props.logRemovalPolicy())
            .build();
    FunctionRuntime runtime = props.runtime();
    Function.Builder builder =
        Function.Builder.create(this, area.id())
            .description(
                "KeyHaven "
                    + area.id()
                    + " ("
                    + props.stageId()
                    + props.deployId().map(id -> ", deploy " + id).orElse("")
                    + ")")
            .runtime(runtime.lambdaRuntime())
            .handler(runtime.handler())
            .architecture(props.architecture().lambdaArchitecture())
            .code(Code.fromAsset(props.artifacts().zip(area).toString()))
            .memorySize(runtime.memoryMb())
            .timeout(timeout(area.kind()))
            .vpc(props.vpc())
            .vpcSubnets(Network.functionSubnets())
            .securityGroups(List.of(props.securityGroup()))
            .logGroup(logs)
            .loggingFormat(LoggingFormat.JSON)
            .tracing(props.tracing() ? Tracing.ACTIVE : Tracing.DISABLED)
            .environment(runtime.environment())
            // The version a deploy replaces is deleted once the alias has moved: retained ones
            // would fill Lambda's code storage, 65 MB per JVM zip per deploy.
            .currentVersionOptions(
                VersionOptions.builder().removalPolicy(RemovalPolicy.DESTROY).build());
    if (props.reserveConcurrency()) {
      builder.reservedConcurrentExecutions(reserved.get(area));
    }
    if (runtime.snapStart() && area.kind() != FunctionArea.Kind.MIGRATION) {
      builder.snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS);
    }
    Function function = builder.build();
    function.addEnvironment(MODE, "aws");
    if (area.kind() != FunctionArea.Kind.MIGRATION) {
      // Read through shared/core's configuration, which the migrate function does not carry.
      function.addEnvironment(BILLING_ENABLED, Boolean.toString(props.billingEnabled()));
    }
    for (Access access : area.access()) {
      bind(function, area, access, props);
    }
    if (area.kind() == FunctionArea.Kind.HTTP) {
      // Only CloudFront knows the secret: a request to the HTTP API's own address is refused.
      readSecret(function, HTTP_ORIGIN_SECRET_ARN, props.bindings().originSecret());
    }
    return function;
  }

  private static void bind(Function function, FunctionArea area, Access access, Props props) {
    Bindings b = props.bindings();
    switch (access) {
      case DB -> {
        function.addEnvironment(DB_HOST, b.dbHost());
        function.addEnvironment(DB_PORT, Integer.toString(b.dbPort()));
        function.addEnvironment(DB_NAME, b.dbName());
        if (area.kind() == FunctionArea.Kind.MIGRATION) {
          // The owner migrates, and gives the functions' role its password.
          readSecret(function, DB_SECRET_ARN, b.dbSecret());
          readSecret(function, DB_APP_SECRET_ARN, b.dbAppSecret());
        } else {
          readSecret(function, DB_SECRET_ARN, b.dbAppSecret());
        }
        if (area.kind() != FunctionArea.Kind.MIGRATION) {
          // The reactive pool; migrate's JDBC pool is sized in its own application.properties
          // and lives for one invocation.
          function.addEnvironment(DB_POOL_SIZE, Integer.toString(props.budget().pool(area.kind())));
          function.addEnvironment(DB_IDLE_TIMEOUT, props.dbIdleTimeout().toIsoString());
        }
      }
      case REDIS -> {
        function.addEnvironment(REDIS_HOST, b.redisHost());
        function.addEnvironment(REDIS_PORT, b.redisPort());
        readSecret(function, REDIS_SECRET_ARN, b.redisSecret());
      }
      // Only auth signs, but Secrets Manager grants per secret: every HTTP function reads the
      // whole JWT secret to verify tokens (see README, "next refinements").
      case JWT -> readSecret(function, JWT_SECRET_ARN, b.jwtSecret());
      case STRIPE -> readSecret(function, STRIPE_SECRET_ARN, b.stripeSecret());
      case GITHUB -> readSecret(function, GITHUB_SECRET_ARN, b.githubSecret());
      case RESEND -> readSecret(function, RESEND_SECRET_ARN, b.resendSecret());
      case LLM -> readSecret(function, LLM_SECRET_ARN, b.llmSecret());
      case KMS -> {
        function.addEnvironment(TINK_KMS_KEY_ARN, b.tinkKey().getKeyArn());
        b.tinkKey().grantEncryptDecrypt(function);
      }
      case AUDIT_BUCKET -> {
        function.addEnvironment(AUDIT_BUCKET, b.auditBucket().getBucketName());
        // Put only: an export is written once, and no function may delete audit history.
        b.auditBucket().grantPut(function);
      }
      case AUDIT_BUCKET_READ -> {
        function.addEnvironment(AUDIT_BUCKET, b.auditBucket().getBucketName());
        b.auditBucket().grantRead(function);
      }
    }
  }

  private static void readSecret(Function function, String variable, ISecret secret) {
    function.addEnvironment(variable, secret.getSecretArn());
    secret.grantRead(function);
  }

  /** The function of a built area; fails for an area that was not built. */
  public Function get(FunctionArea area) {
    Function function = functions.get(area);
    if (function == null) {
      throw new IllegalStateException("functions/" + area.id() + " was not built");
    }
    return function;
  }

  /** Every deployed function, in catalogue order. */
  public Map<FunctionArea, Function> all() {
    return Collections.unmodifiableMap(functions);
  }

  /** What callers invoke: the {@value #ALIAS} alias, or the function itself for migrate. */
  public Map<FunctionArea, IFunction> invocable() {
    return Collections.unmodifiableMap(invocable);
  }

  /** Reserved concurrency per deployed area, from the connection budget. */
  public Map<FunctionArea, Integer> reservedConcurrency() {
    return Collections.unmodifiableMap(reserved);
  }

  /** Sets the browser origins the API functions accept (known only once the edge exists). */
  public void allowOrigins(String origins) {
    functions.forEach(
        (area, function) -> {
          if (area.kind() != FunctionArea.Kind.MIGRATION) {
            function.addEnvironment(CORS_ORIGINS, origins);
          }
        });
  }

  /**
   * Points the addresses that lead people back to the dashboard at {@code dashboard} (the
   * CloudFront origin): Stripe's return pages (the dashboard's hash routes) for the functions that
   * hold the Stripe secret, and the links in mails for every function that writes notifications.
   */
  public void dashboardAt(String dashboard) {
    functions.forEach(
        (area, function) -> {
          if (area.access().contains(Access.STRIPE)) {
            function.addEnvironment(
                EnvironmentContract.STRIPE_SUCCESS_URL, dashboard + "/#/billing?checkout=done");
            function.addEnvironment(
                EnvironmentContract.STRIPE_CANCEL_URL, dashboard + "/#/billing?checkout=canceled");
            function.addEnvironment(
                EnvironmentContract.STRIPE_PORTAL_RETURN_URL, dashboard + "/#/billing");
          }
          if (area.notifies()) {
            function.addEnvironment(EnvironmentContract.NOTIFY_EMAIL_DASHBOARD_URL, dashboard);
          }
        });
  }
}
