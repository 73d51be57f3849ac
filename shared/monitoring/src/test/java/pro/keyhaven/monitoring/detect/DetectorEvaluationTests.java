package pro.keyhaven.monitoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs every detector over 30 days of generated usage for 1,000 keys, with anomalies of each kind
 * injected into the last week, and prints recall and false-positive rate per kind. A key counts
 * once per kind: found (injected and reported), missed, or falsely flagged (reported without an
 * injection of that kind).
 */
class DetectorEvaluationTests {

  @Test
  void everyDetectorFindsItsInjectedAnomaliesAndRarelyAnythingElse() {
    List<UsageGenerator.Key> keys = new UsageGenerator(20261130L).generate(1000);
    Detectors detectors = new Detectors(DetectorSettings.defaults());

    Map<AnomalyKind, int[]> counts = new EnumMap<>(AnomalyKind.class); // tp, fn, fp, tn
    for (AnomalyKind k : AnomalyKind.values()) {
      counts.put(k, new int[4]);
    }
    for (UsageGenerator.Key key : keys) {
      Set<AnomalyKind> found = EnumSet.noneOf(AnomalyKind.class);
      Baseline b = new Baseline();
      for (int h = 0; h < UsageGenerator.HOURS; h++) {
        HourUsage usage = new HourUsage(UsageGenerator.hour(h), key.requests[h], key.errors[h]);
        boolean report = h >= UsageGenerator.WINDOW_START;
        for (Finding f : detectors.hour(b, key.expiresAt, usage, report)) {
          found.add(f.kind());
        }
      }
      Instant window = UsageGenerator.hour(UsageGenerator.WINDOW_START);
      Instant firstSeen =
          key.networks.stream()
              .map(NetworkUse::firstSeen)
              .min(java.util.Comparator.naturalOrder())
              .orElse(null);
      detectors.networks(key.networks, firstSeen, window).forEach(f -> found.add(f.kind()));
      detectors.versions(key.valueVersions, key.versionUses).stream()
          .filter(f -> !f.at().isBefore(window))
          .forEach(f -> found.add(f.kind()));

      for (AnomalyKind kind : AnomalyKind.values()) {
        int[] c = counts.get(kind);
        boolean injected = key.injected.contains(kind);
        boolean reported = found.contains(kind);
        c[injected ? (reported ? 0 : 1) : (reported ? 2 : 3)]++;
      }
    }

    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "%n%-22s %8s %8s %8s %8s %9s%n",
            "kind", "injected", "found", "recall", "false+", "FP rate"));
    for (AnomalyKind kind : AnomalyKind.values()) {
      int[] c = counts.get(kind);
      table.append(
          String.format(
              "%-22s %8d %8d %7.1f%% %8d %8.2f%%%n",
              kind.wire(),
              c[0] + c[1],
              c[0],
              100.0 * c[0] / Math.max(1, c[0] + c[1]),
              c[2],
              100.0 * c[2] / Math.max(1, c[2] + c[3])));
    }
    System.out.println(table);

    for (AnomalyKind kind : AnomalyKind.values()) {
      int[] c = counts.get(kind);
      assertThat(c[0] + c[1]).as("%s injected", kind).isGreaterThanOrEqualTo(40);
      assertThat((double) c[0] / (c[0] + c[1])).as("%s recall", kind).isGreaterThanOrEqualTo(0.95);
      assertThat((double) c[2] / (c[2] + c[3]))
          .as("%s false-positive rate", kind)
          .isLessThanOrEqualTo(0.01);
    }
  }
}
