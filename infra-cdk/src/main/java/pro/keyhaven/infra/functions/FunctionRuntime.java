package pro.keyhaven.infra.functions;

import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.services.lambda.Runtime;

/**
 * How the function zips were built, chosen with {@code -c runtime=jvm|native}: the JVM build (the
 * default, what {@code ./mvnw package} makes) or GraalVM native. Synthesis checks every zip against
 * the runtime ({@link FunctionArtifacts#requireRuntime}).
 */
public enum FunctionRuntime {
  /** {@code ./mvnw package}: the JVM function.zip, started from a SnapStart snapshot. */
  JVM(
      "jvm",
      FunctionArtifacts.Build.JVM,
      Runtime.JAVA_21,
      "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest",
      1024,
      true,
      // C1 only: a Lambda lives too briefly for C2 to pay off, and it halves cold starts.
      Map.of("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")),
  /** {@code ./mvnw package -Dnative}: a {@code bootstrap} executable for provided.al2023. */
  NATIVE(
      "native",
      FunctionArtifacts.Build.NATIVE,
      Runtime.PROVIDED_AL2023,
      // The custom runtime ignores the handler; Quarkus's own templates use this placeholder.
      "not.used.in.provided.runtime",
      512,
      false,
      // Quarkus native images must not install signal handlers inside the Lambda sandbox.
      Map.of("DISABLE_SIGNAL_HANDLERS", "true"));

  private final String id;
  private final FunctionArtifacts.Build build;
  private final Runtime lambdaRuntime;
  private final String handler;
  private final int memoryMb;
  private final boolean snapStart;
  private final Map<String, String> environment;

  FunctionRuntime(
      String id,
      FunctionArtifacts.Build build,
      Runtime lambdaRuntime,
      String handler,
      int memoryMb,
      boolean snapStart,
      Map<String, String> environment) {
    this.id = id;
    this.build = build;
    this.lambdaRuntime = lambdaRuntime;
    this.handler = handler;
    this.memoryMb = memoryMb;
    this.snapStart = snapStart;
    this.environment = environment;
  }

  /** The name on the command line. */
  public String id() {
    return id;
  }

  /** The kind of zip this runtime runs. */
  public FunctionArtifacts.Build build() {
    return build;
  }

  public Runtime lambdaRuntime() {
    return lambdaRuntime;
  }

  public String handler() {
    return handler;
  }

  public int memoryMb() {
    return memoryMb;
  }

  /** Whether published versions start from a snapshot taken after the application booted. */
  public boolean snapStart() {
    return snapStart;
  }

  /** Runtime-specific variables, added to every function's environment. */
  public Map<String, String> environment() {
    return environment;
  }

  /** Parses {@code jvm} or {@code native}. */
  public static FunctionRuntime parse(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "native" -> NATIVE;
      case "jvm" -> JVM;
      default ->
          throw new IllegalArgumentException(
              "Unknown runtime '" + value + "', expected jvm or native");
    };
  }
}
