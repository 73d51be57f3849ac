package pro.keyhaven.monitoring.detect;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A key's learned normal: for each of the 168 hours of the week (UTC) an EWMA of the request count
 * and of its variance, how many weeks the slot was observed and in how many it saw any use; and an
 * EWMA of requests and errors per hour for the key's usual error rate. Mutable; the scan keeps it
 * in {@code key_scan_state}.
 */
public final class Baseline {

  public static final int SLOTS = 168;

  public final double[] mean;
  public final double[] var;
  public final short[] observed;
  public final short[] used;
  public double errRequests;
  public double errErrors;

  public Baseline() {
    this(new double[SLOTS], new double[SLOTS], new short[SLOTS], new short[SLOTS], 0, 0);
  }

  public Baseline(
      double[] mean,
      double[] var,
      short[] observed,
      short[] used,
      double errRequests,
      double errErrors) {
    if (mean.length != SLOTS || var.length != SLOTS || observed.length != SLOTS) {
      throw new IllegalArgumentException("a baseline has 168 slots");
    }
    this.mean = mean;
    this.var = var;
    this.observed = observed;
    this.used = used;
    this.errRequests = errRequests;
    this.errErrors = errErrors;
  }

  /** Hour of the week, Monday 00:00 UTC = 0. */
  public static int slot(Instant hour) {
    ZonedDateTime t = hour.atZone(ZoneOffset.UTC);
    return (t.getDayOfWeek().getValue() - 1) * 24 + t.getHour();
  }

  /** "Tuesday night", "Saturday afternoon": how people name a slot. */
  public static String slotName(Instant hour) {
    ZonedDateTime t = hour.atZone(ZoneOffset.UTC);
    String day =
        DayOfWeek.from(t).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    int h = t.getHour();
    String part = h < 6 ? "night" : h < 12 ? "morning" : h < 18 ? "afternoon" : "evening";
    return day + " " + part;
  }

  /** Hours the key has been observed in total. */
  public int hoursObserved() {
    int n = 0;
    for (short s : observed) {
      n += s;
    }
    return n;
  }

  /** Slots used in every week they were observed (at least {@code weeks} weeks). */
  public int regularSlots(int weeks) {
    int n = 0;
    for (int s = 0; s < SLOTS; s++) {
      if (observed[s] >= weeks && used[s] == observed[s]) {
        n++;
      }
    }
    return n;
  }

  /** The usual share of failed requests (0 without history). */
  public double errorRate() {
    return errRequests <= 0 ? 0 : Math.min(1.0, errErrors / errRequests);
  }
}
