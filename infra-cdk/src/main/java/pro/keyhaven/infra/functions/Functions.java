package pro.keyhaven.infra.functions;

import static pro.keyhaven.infra.functions.EnvironmentContract.AUDIT_BUCKET;
import static pro.keyhaven.infra.functions.EnvironmentContract.BILLING_ENABLED;
import static pro.keyhaven.infra.functions.EnvironmentContract.CORS_ORIGINS;
import static pro.keyhaven.infra.functions.EnvironmentContract.DB_HOST;
import static pro.keyhaven.infra.functions.EnvironmentContract.DB_NAME;
import static pro.keyhaven.infra.functions.EnvironmentContract.DB_PORT;
import static pro.keyhaven.infra.functions.EnvironmentContract.DB_SECRET_ARN;
import static pro.keyhaven.infra.functions.EnvironmentContract.GITHUB_SECRET_ARN;
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
import pro.keyhaven.infra.network.Network;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * One Lambda per entry of {@link FunctionArea}, from that module's build output, each granted only
 * the secrets and actions its area lists and given the matching part of the environment contract.
 */
public class Functions extends Construct {

  /** The resources that {@link Access} values stand for. */
  public record Bindings(
      String dbHost,
      int dbPort,
      String dbName,
      ISecret dbSecret,
      String redisHost,
      String redisPort,
      ISecret redisSecret,
      ISecret jwtSecret,
      ISecret stripeSecret,
      ISecret githubSecret,
      ISecret resendSecret,
      ISecret llmSecret,
      IKey tinkKey,
      IBucket auditBucket) {}

  /**
   * @param billingEnabled the hosted deployment sells plans; self-hosters may switch it off
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

  public Functions(Construct scope, String id, Props props) {
    super(scope, id);
    for (FunctionArea area : FunctionArea.values()) {
      functions.put(area, create(area, props));
    }
  }

  private Function create(FunctionArea area, Props props) {
    LogGroup logs =
        LogGroup.Builder.create(this, area.id() + "-logs")
            .retention(props.logRetention())
            .removalPolicy(props.logRemovalPolicy())
            .build();
    FunctionRuntime runtime = props.runtime();
    Function function =
        Function.Builder.create(this, area.id())
            .description("KeyHaven " + area.id() + " (" + props.stageId() + ")")
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
            .environment(runtime.environment())
            .build();
    function.addEnvironment(MODE, "aws");
    function.addEnvironment(BILLING_ENABLED, Boolean.toString(props.billingEnabled()));
    for (Access access : area.access()) {
      bind(function, access, props.bindings());
    }
    return function;
  }

  private static void bind(Function function, Access access, Bindings b) {
    switch (access) {
      case DB -> {
        function.addEnvironment(DB_HOST, b.dbHost());
        function.addEnvironment(DB_PORT, Integer.toString(b.dbPort()));
        function.addEnvironment(DB_NAME, b.dbName());
        readSecret(function, DB_SECRET_ARN, b.dbSecret());
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
    }
  }

  private static void readSecret(Function function, String variable, ISecret secret) {
    function.addEnvironment(variable, secret.getSecretArn());
    secret.grantRead(function);
  }

  public Function get(FunctionArea area) {
    return functions.get(area);
  }

  public Map<FunctionArea, Function> all() {
    return Collections.unmodifiableMap(functions);
  }

  /** Sets the browser origins the API functions accept (known only once the edge exists). */
  public void allowOrigins(String origins) {
    FunctionArea.ofKind(FunctionArea.Kind.HTTP)
        .forEach(area -> functions.get(area).addEnvironment(CORS_ORIGINS, origins));
  }
}
