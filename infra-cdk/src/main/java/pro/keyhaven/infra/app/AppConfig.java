package pro.keyhaven.infra.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import pro.keyhaven.infra.functions.CpuArchitecture;
import pro.keyhaven.infra.functions.FunctionRuntime;

/**
 * What one {@code cdk synth} is about, read from CDK context ({@code -c key=value}), with defaults
 * that synthesize offline.
 *
 * @param functionsDir the directory that holds {@code <area>/target/function.zip}
 * @param deployId changes force the migration custom resource to run again (e.g. a CI run id)
 * @param billing plans and limits ({@code -c billing=true}); off by default, as self-hosted
 * @param availabilityZones {@code -c azs=us-east-1a,us-east-1b}; empty means the account's own by
 *     lookup
 * @param tracing {@code -c tracing=true|false}; empty means the stage's default
 * @param reserveConcurrency {@code -c reserveConcurrency=false} for an account whose concurrency
 *     quota is still the new-account 10
 */
public record AppConfig(
    Stage stage,
    String account,
    String region,
    FunctionRuntime runtime,
    CpuArchitecture architecture,
    Path functionsDir,
    Optional<String> alarmEmail,
    Optional<String> deployId,
    boolean billing,
    Optional<List<String>> availabilityZones,
    Optional<Boolean> tracing,
    boolean reserveConcurrency) {

  /** CloudFront-scoped WAF web ACLs exist only in us-east-1, so the whole app lives there. */
  public static final String EDGE_REGION = "us-east-1";

  /** A well-formed account that is nobody's: synthesis never calls AWS, so any will do. */
  public static final String OFFLINE_ACCOUNT = "111111111111";

  public AppConfig {
    if (!EDGE_REGION.equals(region)) {
      throw new IllegalArgumentException(
          "region "
              + region
              + " is not supported: the CloudFront web ACL must be created in "
              + EDGE_REGION
              + " and the app is deployed as one stack there (see infra-cdk/README.md)");
    }
    availabilityZones.ifPresent(
        azs -> {
          if (azs.size() < 2 || !azs.stream().allMatch(az -> az.startsWith(region))) {
            throw new IllegalArgumentException(
                "azs must name at least two availability zones of " + region + ", got " + azs);
          }
        });
    if (!account.matches("\\d{12}")) {
      throw new IllegalArgumentException("account must be 12 digits, got '" + account + "'");
    }
  }

  /** The application's name for this stage's stack. */
  public String stackName() {
    return "KeyHaven-" + stage.id();
  }

  /**
   * Reads the configuration from CDK context; {@code CDK_DEFAULT_ACCOUNT} (set by the CDK CLI from
   * the caller's credentials) is the account when none is given.
   */
  public static AppConfig fromContext(Function<String, Object> context) {
    return new AppConfig(
        Stage.parse(text(context, "stage").orElse("dev")),
        text(context, "account")
            .or(() -> Optional.ofNullable(System.getenv("CDK_DEFAULT_ACCOUNT")))
            .orElse(OFFLINE_ACCOUNT),
        text(context, "region").orElse(EDGE_REGION),
        FunctionRuntime.parse(text(context, "runtime").orElse("jvm")),
        CpuArchitecture.parse(text(context, "arch").orElse("arm64")),
        Path.of(text(context, "functionsDir").orElse("../functions")),
        text(context, "alarmEmail"),
        text(context, "deployId"),
        flag(context, "billing").orElse(false),
        text(context, "azs")
            .map(
                azs ->
                    Arrays.stream(azs.split(","))
                        .map(String::trim)
                        .filter(az -> !az.isEmpty())
                        .toList()),
        flag(context, "tracing"),
        flag(context, "reserveConcurrency").orElse(true));
  }

  private static Optional<Boolean> flag(Function<String, Object> context, String key) {
    return text(context, key)
        .map(
            value ->
                switch (value.toLowerCase(java.util.Locale.ROOT)) {
                  case "true" -> true;
                  case "false" -> false;
                  default ->
                      throw new IllegalArgumentException(
                          key + " must be true or false, got '" + value + "'");
                });
  }

  private static Optional<String> text(Function<String, Object> context, String key) {
    return Optional.ofNullable(context.apply(key))
        .map(Object::toString)
        .map(String::trim)
        .filter(value -> !value.isEmpty());
  }
}
