package pro.keyhaven.infra.functions;

import java.util.Locale;
import software.amazon.awscdk.services.lambda.Architecture;

/**
 * The processor the functions run on, chosen with {@code -c arch=arm64|x86_64}. A native zip only
 * runs on the architecture it was compiled on, so this must match the machine that built it.
 */
public enum CpuArchitecture {
  /** Graviton: cheaper per millisecond, the default. */
  ARM64,
  X86_64;

  public Architecture lambdaArchitecture() {
    return this == ARM64 ? Architecture.ARM_64 : Architecture.X86_64;
  }

  /** Parses {@code arm64} or {@code x86_64}. */
  public static CpuArchitecture parse(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "arm64", "aarch64" -> ARM64;
      case "x86_64", "amd64" -> X86_64;
      default ->
          throw new IllegalArgumentException(
              "Unknown arch '" + value + "', expected arm64 or x86_64");
    };
  }
}
