package pro.keyhaven.infra.api;

import java.util.List;
import java.util.Map;
import pro.keyhaven.infra.functions.FunctionArea;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpStageOptions;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The API Gateway HTTP API: the routes of each API area (from {@link FunctionArea}) to its Lambda,
 * one auto-deployed {@code $default} stage, and a stage-wide throttle. CloudFront is its only
 * intended caller; the WAF sits there because it cannot attach to an HTTP API.
 */
public class HttpApiRoutes extends Construct {

  /**
   * @param functions the Lambda of every API area
   * @param rateLimit steady requests per second for the whole stage
   */
  public record Props(
      String stageId,
      Map<FunctionArea, ? extends IFunction> functions,
      int rateLimit,
      int burstLimit,
      RetentionDays logRetention,
      RemovalPolicy logRemovalPolicy) {}

  /**
   * One JSON line per request. No headers, query strings or bodies: they carry tokens and
   * ciphertext. The caller's address is CloudFront's; the viewer's is in CloudFront's logs.
   */
  public static final String ACCESS_LOG_FORMAT =
      "{\"requestId\":\"$context.requestId\",\"time\":\"$context.requestTime\","
          + "\"method\":\"$context.httpMethod\",\"route\":\"$context.routeKey\","
          + "\"path\":\"$context.path\",\"status\":\"$context.status\","
          + "\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\","
          + "\"latencyMs\":\"$context.responseLatency\","
          + "\"integrationLatencyMs\":\"$context.integrationLatency\","
          + "\"integrationError\":\"$context.integrationErrorMessage\","
          + "\"sourceIp\":\"$context.identity.sourceIp\"}";

  private final HttpApi api;

  public HttpApiRoutes(Construct scope, String id, Props props) {
    super(scope, id);
    api =
        HttpApi.Builder.create(this, "HttpApi")
            .apiName("keyhaven-" + props.stageId())
            .description("KeyHaven API (" + props.stageId() + ")")
            // The stage is added below, where throttling can be set on it.
            .createDefaultStage(false)
            .build();
    LogGroup accessLogs =
        LogGroup.Builder.create(this, "AccessLogs")
            .retention(props.logRetention())
            .removalPolicy(props.logRemovalPolicy())
            .build();
    api.addStage(
        "DefaultStage",
        HttpStageOptions.builder()
            .stageName("$default")
            .autoDeploy(true)
            .accessLogSettings(
                new IAccessLogSettings() {
                  @Override
                  public IAccessLogDestination getDestination() {
                    return new LogGroupLogDestination(accessLogs);
                  }

                  @Override
                  public AccessLogFormat getFormat() {
                    return AccessLogFormat.custom(ACCESS_LOG_FORMAT);
                  }
                })
            .throttle(
                ThrottleSettings.builder()
                    .rateLimit(props.rateLimit())
                    .burstLimit(props.burstLimit())
                    .build())
            .build());

    for (FunctionArea area : FunctionArea.ofKind(FunctionArea.Kind.HTTP)) {
      IFunction function = props.functions().get(area);
      if (function == null) {
        // Not built: its paths answer API Gateway's own 404 until the module lands.
        continue;
      }
      HttpLambdaIntegration integration =
          HttpLambdaIntegration.Builder.create(area.id(), function).build();
      for (String path : area.routes()) {
        api.addRoutes(
            AddRoutesOptions.builder()
                .path(path)
                .methods(List.of(HttpMethod.ANY))
                .integration(integration)
                .build());
      }
    }
  }

  public HttpApi api() {
    return api;
  }

  /** {@code https://<id>.execute-api.<region>.amazonaws.com}. */
  public String endpoint() {
    return api.getApiEndpoint();
  }
}
