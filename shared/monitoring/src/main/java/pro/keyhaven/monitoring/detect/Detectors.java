package pro.keyhaven.monitoring.detect;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The explainable detectors. Pure functions of a key's history: the scan feeds them rows from the
 * database, the evaluation feeds them generated usage, and both get the same answers. Every finding
 * says in words what was seen and what was usual.
 */
public final class Detectors {

  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final DetectorSettings s;

  public Detectors(DetectorSettings settings) {
    this.s = settings;
  }

  public DetectorSettings settings() {
    return s;
  }

  /**
   * Judges one complete hour against the baseline, then learns from it. Findings are returned only
   * when {@code report} is true (older hours only train the baseline). Hours must come in order,
   * with the hours without use passed as zero.
   */
  public List<Finding> hour(Baseline b, Instant expiresAt, HourUsage h, boolean report) {
    List<Finding> out = new ArrayList<>(2);
    int slot = Baseline.slot(h.hour());
    long x = h.requests();
    double mean = b.mean[slot];
    double sd = Math.sqrt(Math.max(0, b.var[slot])) + Math.sqrt(Math.max(0, mean));
    double spikeAt =
        Math.max(
            s.spikeFactor() * mean,
            Math.max(mean + s.spikeSigmas() * sd, mean + s.spikeMinExtra()));

    boolean unusual = x > 0 && quiet(b, slot) && b.regularSlots(s.quietWeeks()) >= s.regularSlots();
    boolean spike = !unusual && b.observed[slot] >= s.minWeeksForSpike() && x >= spikeAt;

    double p0 = b.errorRate();
    boolean errorJump = false;
    if (h.errors() >= s.errorMinErrors() && b.hoursObserved() >= s.errorWarmupHours() && x > 0) {
      double rate = (double) h.errors() / x;
      double z = (h.errors() - x * p0) / Math.sqrt(x * p0 * (1 - p0) + 1);
      errorJump =
          rate >= Math.max(s.errorFactor() * p0, p0 + s.errorMinRise()) && z >= s.errorMinZ();
    }

    if (report) {
      String window =
          "between "
              + HOUR.format(h.hour())
              + " and "
              + HOUR.format(h.hour().plusSeconds(3600))
              + " UTC";
      if (unusual) {
        out.add(
            new Finding(
                AnomalyKind.UNUSUAL_HOUR,
                x >= 100 ? Severity.HIGH : Severity.MEDIUM,
                String.format(
                    Locale.ENGLISH,
                    "%d %s %s on %s, when this key has not been used in any of the last %d weeks",
                    x,
                    x == 1 ? "request" : "requests",
                    window,
                    Baseline.slotName(h.hour()),
                    b.observed[slot]),
                "hour:" + h.hour().getEpochSecond(),
                h.hour()));
      }
      if (spike) {
        double usual = Math.max(mean, 0.1);
        double times = x / usual;
        out.add(
            new Finding(
                AnomalyKind.REQUEST_SPIKE,
                times >= 20 ? Severity.HIGH : Severity.MEDIUM,
                String.format(
                    Locale.ENGLISH,
                    "%d requests %s, %s× the usual for a %s (about %s)",
                    x,
                    window,
                    times >= 100 ? "over 100" : String.valueOf(Math.round(times)),
                    Baseline.slotName(h.hour()),
                    mean < 1 ? "under 1" : String.valueOf(Math.round(mean))),
                "hour:" + h.hour().getEpochSecond(),
                h.hour()));
      }
      if (errorJump) {
        double rate = (double) h.errors() / x;
        out.add(
            new Finding(
                AnomalyKind.ERROR_RATE_JUMP,
                rate >= 0.5 ? Severity.HIGH : Severity.MEDIUM,
                String.format(
                    Locale.ENGLISH,
                    "%d of %d requests failed %s (%.0f%%); usually %.1f%% fail",
                    h.errors(),
                    x,
                    window,
                    rate * 100,
                    p0 * 100),
                "hour:" + h.hour().getEpochSecond(),
                h.hour()));
      }
      if (expiresAt != null && x > 0 && !h.hour().isBefore(expiresAt)) {
        out.add(
            new Finding(
                AnomalyKind.USE_AFTER_EXPIRY,
                Severity.CRITICAL,
                String.format(
                    Locale.ENGLISH,
                    "%d %s %s, after the key expired on %s",
                    x,
                    x == 1 ? "request" : "requests",
                    window + " on " + h.hour().atZone(ZoneOffset.UTC).toLocalDate(),
                    WHEN.format(expiresAt)),
                "expiry:" + expiresAt.getEpochSecond(),
                h.hour()));
      }
    }
    learn(b, slot, x, spike || unusual ? Math.min(x, mean + 3 * sd) : x, h.errors(), errorJump, p0);
    return out;
  }

  /** The slot and the two either side went unused in every one of at least quietWeeks weeks. */
  private boolean quiet(Baseline b, int slot) {
    for (int d = -2; d <= 2; d++) {
      int n = Math.floorMod(slot + d, Baseline.SLOTS);
      if (b.observed[n] < s.quietWeeks() || b.used[n] != 0) {
        return false;
      }
    }
    return true;
  }

  private void learn(
      Baseline b, int slot, long raw, double capped, long errors, boolean errorJump, double p0) {
    if (b.observed[slot] == 0) {
      b.mean[slot] = capped;
      b.var[slot] = 0;
    } else {
      double diff = capped - b.mean[slot];
      b.mean[slot] += s.alpha() * diff;
      b.var[slot] = (1 - s.alpha()) * (b.var[slot] + s.alpha() * diff * diff);
    }
    if (b.observed[slot] < Short.MAX_VALUE) {
      b.observed[slot]++;
      if (raw > 0) {
        b.used[slot]++;
      }
    }
    // A failing hour does not teach the baseline that failing is normal.
    double learnedErrors = errorJump ? raw * p0 : errors;
    b.errRequests = (1 - s.errorAlpha()) * b.errRequests + s.errorAlpha() * raw;
    b.errErrors = (1 - s.errorAlpha()) * b.errErrors + s.errorAlpha() * learnedErrors;
  }

  /**
   * Networks first seen after the key's learning period (counted from the first network it was ever
   * seen from). {@code since}: only networks first seen from then on are reported.
   */
  public List<Finding> networks(List<NetworkUse> networks, Instant keyFirstSeen, Instant since) {
    List<Finding> out = new ArrayList<>();
    if (networks.isEmpty() || keyFirstSeen == null) {
      return out;
    }
    Instant learnedUntil = keyFirstSeen.plus(s.networkLearning());
    int known = 0;
    for (NetworkUse n : networks) {
      if (n.firstSeen().isBefore(learnedUntil)) {
        known++;
      }
    }
    for (NetworkUse n : networks) {
      if (!n.firstSeen().isBefore(learnedUntil)
          && (since == null || !n.firstSeen().isBefore(since))) {
        out.add(
            new Finding(
                AnomalyKind.NEW_SOURCE_NETWORK,
                Severity.HIGH,
                String.format(
                    Locale.ENGLISH,
                    "First use from %s (network %s) at %s; until then this key was used from %d known %s",
                    n.sampleIp(),
                    n.network(),
                    WHEN.format(n.firstSeen()),
                    known,
                    known == 1 ? "network" : "networks"),
                "net:" + n.network(),
                n.firstSeen()));
      }
    }
    return out;
  }

  /**
   * Use of a value version after another version replaced it, past the grace period: someone still
   * holds the old value, perhaps a leaked copy.
   */
  public List<Finding> versions(List<ValueVersion> valueVersions, List<VersionUse> used) {
    List<Finding> out = new ArrayList<>();
    List<ValueVersion> sorted =
        valueVersions.stream().sorted(Comparator.comparingInt(ValueVersion::version)).toList();
    for (VersionUse u : used) {
      ValueVersion replacement = null;
      for (ValueVersion v : sorted) {
        if (v.version() > u.version()) {
          replacement = v;
          break;
        }
      }
      if (replacement == null) {
        continue;
      }
      Instant graceEnd = replacement.createdAt().plus(s.rotatedVersionGrace());
      if (u.lastSeen().isAfter(graceEnd)) {
        Duration late = Duration.between(replacement.createdAt(), u.lastSeen());
        out.add(
            new Finding(
                AnomalyKind.ROTATED_VERSION_USE,
                Severity.CRITICAL,
                String.format(
                    Locale.ENGLISH,
                    "Version %d was used at %s, %s after version %d replaced it: someone still"
                        + " holds the old value",
                    u.version(),
                    WHEN.format(u.lastSeen()),
                    human(late),
                    replacement.version()),
                "v:" + u.version(),
                u.lastSeen()));
      }
    }
    return out;
  }

  private static String human(Duration d) {
    long days = d.toDays();
    if (days >= 2) {
      return days + " days";
    }
    long hours = d.toHours();
    return hours + (hours == 1 ? " hour" : " hours");
  }
}
