package pro.keyhaven.monitoring.detect;

import java.util.Locale;

/** The detectors' findings, by what they saw (docs/anomaly-detection.md explains each). */
public enum AnomalyKind {
  REQUEST_SPIKE,
  ERROR_RATE_JUMP,
  NEW_SOURCE_NETWORK,
  UNUSUAL_HOUR,
  USE_AFTER_EXPIRY,
  ROTATED_VERSION_USE;

  /** The stored and wire name, e.g. {@code request_spike}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
