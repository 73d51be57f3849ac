package pro.keyhaven.monitoring.detect;

import java.util.Locale;

/** How urgent a finding is; the order is rising. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity of(String wire) {
    return valueOf(wire.toUpperCase(Locale.ROOT));
  }
}
