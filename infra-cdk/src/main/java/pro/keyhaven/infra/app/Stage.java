package pro.keyhaven.infra.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A deployment stage, chosen with {@code -c stage=dev|prod}. */
public enum Stage {
  DEV,
  PROD;

  /** The lower-case name used in stack names and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a stage name; an unknown name fails loudly rather than deploying a guess. */
  public static Stage parse(String value) {
    for (Stage stage : values()) {
      if (stage.id().equalsIgnoreCase(value.trim())) {
        return stage;
      }
    }
    throw new IllegalArgumentException(
        "Unknown stage '"
            + value
            + "', expected one of "
            + Arrays.stream(values()).map(Stage::id).collect(Collectors.joining(", ")));
  }
}
