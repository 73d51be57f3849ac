package pro.keyhaven.infra.migrations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.CustomResource;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.customresources.Provider;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;
import software.constructs.IDependable;

/**
 * Runs the {@code migrate} function (Flyway) as a CloudFormation custom resource, so that a deploy
 * whose migrations fail stops before any API function is updated.
 *
 * <p>The provider framework hands the function the custom-resource event ({@code RequestType}
 * Create, Update or Delete) and reports its answer to CloudFormation; an exception fails the
 * deploy. CloudFormation only sends Update when a property changes, hence the code hash (new
 * migrations mean a new zip) and the optional deploy id.
 */
public class Migrations extends Construct {

  /**
   * @param database what must exist before the first run: the proxy's target group, which registers
   *     the instance (the migrate function also retries connecting while the proxy warms up)
   * @param codeHash hash of the migrate function's zip
   * @param deployId when set (e.g. a CI run id), every deploy runs the migrations
   */
  public record Props(
      IFunction migrate,
      String codeHash,
      Optional<String> deployId,
      RetentionDays logRetention,
      RemovalPolicy logRemovalPolicy,
      IDependable database) {}

  public static final String RESOURCE_TYPE = "Custom::KeyHavenMigrations";

  private final CustomResource resource;

  public Migrations(Construct scope, String id, Props props) {
    super(scope, id);
    Provider provider =
        Provider.Builder.create(this, "Provider")
            .onEventHandler(props.migrate())
            .logGroup(
                LogGroup.Builder.create(this, "ProviderLogs")
                    .retention(props.logRetention())
                    .removalPolicy(props.logRemovalPolicy())
                    .build())
            .build();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("MigrateCodeHash", props.codeHash());
    props.deployId().ifPresent(deployId -> properties.put("DeployId", deployId));
    resource =
        CustomResource.Builder.create(this, "Run")
            .serviceToken(provider.getServiceToken())
            .resourceType(RESOURCE_TYPE)
            .properties(properties)
            .build();
    resource.getNode().addDependency(props.database());
  }

  /** What the API functions wait for. */
  public IDependable completed() {
    return resource;
  }
}
