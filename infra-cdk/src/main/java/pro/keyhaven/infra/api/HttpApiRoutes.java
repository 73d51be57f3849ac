package pro.keyhaven.infra.api;

import java.util.List;
import java.util.Map;
import pro.keyhaven.infra.functions.FunctionArea;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpStageOptions;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.lambda.IFunction;
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
      int burstLimit) {}

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
    api.addStage(
        "DefaultStage",
        HttpStageOptions.builder()
            .stageName("$default")
            .autoDeploy(true)
            .throttle(
                ThrottleSettings.builder()
                    .rateLimit(props.rateLimit())
                    .burstLimit(props.burstLimit())
                    .build())
            .build());

    for (FunctionArea area : FunctionArea.ofKind(FunctionArea.Kind.HTTP)) {
      IFunction function = props.functions().get(area);
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
