package pro.keyhaven.infra.functions;

import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.services.lambda.Runtime;

/**
 * How the function zips were built: GraalVM native (the default) or the JVM fallback, chosen with
 * {@code -c runtime=native|jvm}.
 */
public enum FunctionRuntime {
  /** {@code ./mvnw package -Dnative}: a {@code bootstrap} executable for provided.al2023. */
  NATIVE(
      Runtime.PROVIDED_AL2023,
      // The custom runtime ignores the handler; Quarkus's own templates use this placeholder.
      "not.used.in.provided.runtime",
      512,
      // Quarkus native images must not install signal handlers inside the Lambda sandbox.
      Map.of("DISABLE_SIGNAL_HANDLERS", "true")),
  /** {@code ./mvnw package}: the JVM function.zip, for when no native toolchain is at hand. */
  JVM(
      Runtime.JAVA_21,
      "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest",
      1024,
      // C1 only: a Lambda lives too briefly for C2 to pay off, and it halves cold starts.
      Map.of("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"));

  private final Runtime lambdaRuntime;
  private final String handler;
  private final int memoryMb;
  private final Map<String, String> environment;

  FunctionRuntime(
      Runtime lambdaRuntime, String handler, int memoryMb, Map<String, String> environment) {
    this.lambdaRuntime = lambdaRuntime;
    this.handler = handler;
    this.memoryMb = memoryMb;
    this.environment = environment;
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

  /** Runtime-specific variables, added to every function's environment. */
  public Map<String, String> environment() {
    return environment;
  }

  /** Parses {@code native} or {@code jvm}. */
  public static FunctionRuntime parse(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "native" -> NATIVE;
      case "jvm" -> JVM;
      default ->
          throw new IllegalArgumentException(
              "Unknown runtime '" + value + "', expected native or jvm");
    };
  }
}
