package pro.keyhaven.monitoring.detect;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Thirty days of realistic hourly usage for many keys, with anomalies of every kind injected in the
 * last week. Three kinds of key: always-on services (a daily curve peaking mid-afternoon, quieter
 * weekends), office-hours jobs (weekdays 08:00-19:00 only) and quiet keys (a few requests a day at
 * random hours). Each hour's count is Poisson around the curve times log-normal noise and a weekly
 * drift; errors are binomial at the key's own rate. Keys report from one home network (some from a
 * second one too, first seen within their first days), some were rotated with clients moving to the
 * new value within a day, some expire (traffic stopping at expiry).
 */
final class UsageGenerator {

  static final Instant START = Instant.parse("2026-10-26T00:00:00Z"); // a Monday
  static final int HOURS = 30 * 24;

  /** The last seven days are judged; the first 23 only teach the baselines. */
  static final int WINDOW_START = HOURS - 7 * 24;

  enum Profile {
    ALWAYS_ON,
    OFFICE_HOURS,
    QUIET
  }

  /** One generated key: its usage and what was injected into it. */
  static final class Key {
    final int index;
    final Profile profile;
    final long[] requests = new long[HOURS];
    final long[] errors = new long[HOURS];
    final List<NetworkUse> networks = new ArrayList<>();
    final List<ValueVersion> valueVersions = new ArrayList<>();
    final List<VersionUse> versionUses = new ArrayList<>();
    Instant expiresAt;
    final Set<AnomalyKind> injected = EnumSet.noneOf(AnomalyKind.class);
    double level;
    double errorRate;

    Key(int index, Profile profile) {
      this.index = index;
      this.profile = profile;
    }
  }

  private final Random random;

  UsageGenerator(long seed) {
    this.random = new Random(seed);
  }

  static Instant hour(int h) {
    return START.plus(Duration.ofHours(h));
  }

  /** The expected requests of a key in hour {@code h} before noise. */
  static double curve(Key k, int h) {
    ZonedDateTime t = hour(h).atZone(ZoneOffset.UTC);
    int hod = t.getHour();
    boolean weekend = t.getDayOfWeek().getValue() >= 6;
    return switch (k.profile) {
      case ALWAYS_ON -> {
        double daily = 0.3 + 0.7 * Math.exp(-Math.pow(hod - 14, 2) / (2 * 16.0));
        yield k.level * daily * (weekend ? 0.5 : 1.0);
      }
      case OFFICE_HOURS -> {
        if (weekend || hod < 8 || hod > 18) {
          yield 0;
        }
        yield k.level * (hod == 8 || hod == 18 ? 0.5 : 1.0);
      }
      case QUIET -> k.level;
    };
  }

  List<Key> generate(int count) {
    List<Key> keys = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double p = random.nextDouble();
      Profile profile =
          p < 0.55 ? Profile.ALWAYS_ON : p < 0.80 ? Profile.OFFICE_HOURS : Profile.QUIET;
      Key k = new Key(i, profile);
      k.level =
          switch (profile) {
            case ALWAYS_ON -> logUniform(5, 2000);
            case OFFICE_HOURS -> logUniform(5, 500);
            case QUIET -> logUniform(0.02, 0.5);
          };
      k.errorRate = 0.002 + random.nextDouble() * 0.028;
      natural(k);
      keys.add(k);
    }
    inject(keys);
    return keys;
  }

  private void natural(Key k) {
    double[] weekDrift = new double[5];
    for (int w = 0; w < weekDrift.length; w++) {
      weekDrift[w] = 1 + (random.nextDouble() - 0.5) * 0.1;
    }
    int firstUse = -1;
    for (int h = 0; h < HOURS; h++) {
      double lambda = curve(k, h) * weekDrift[h / 168] * Math.exp(random.nextGaussian() * 0.15);
      long n = poisson(lambda);
      k.requests[h] = n;
      k.errors[h] = binomial(n, k.errorRate);
      if (n > 0 && firstUse < 0) {
        firstUse = h;
      }
    }
    if (firstUse < 0) {
      firstUse = 0;
    }
    Instant first = hour(firstUse);
    Instant last = hour(HOURS);
    int homeNet = random.nextInt(200) + 10;
    k.networks.add(
        new NetworkUse(
            "10." + homeNet + "." + k.index % 250 + ".0/24",
            "10." + homeNet + "." + k.index % 250 + ".7",
            first,
            last));
    if (random.nextDouble() < 0.3) {
      Instant second = first.plus(Duration.ofMinutes((long) (random.nextDouble() * 5 * 24 * 60)));
      k.networks.add(
          new NetworkUse(
              "172.16." + k.index % 250 + ".0/24",
              "172.16." + k.index % 250 + ".20",
              second,
              last));
    }
    k.valueVersions.add(new ValueVersion(1, START.minus(Duration.ofDays(60))));
    if (random.nextDouble() < 0.2) {
      Instant rotated = hour(24 * 10 + random.nextInt(24 * 12));
      Instant moved = rotated.plus(Duration.ofMinutes((long) (random.nextDouble() * 20 * 60)));
      k.valueVersions.add(new ValueVersion(2, rotated));
      k.versionUses.add(new VersionUse(1, first, moved));
      k.versionUses.add(new VersionUse(2, rotated, last));
    } else {
      k.versionUses.add(new VersionUse(1, first, last));
    }
    double e = random.nextDouble();
    if (e < 0.07) {
      k.expiresAt = hour(HOURS).plus(Duration.ofDays(10 + random.nextInt(100)));
    } else if (e < 0.15) {
      // Retired at expiry: the traffic stops.
      int at = WINDOW_START + random.nextInt(6 * 24);
      k.expiresAt = hour(at).plus(Duration.ofMinutes(random.nextInt(60)));
      for (int h = at; h < HOURS; h++) {
        k.requests[h] = 0;
        k.errors[h] = 0;
      }
    }
  }

  private void inject(List<Key> keys) {
    List<Key> pool = new ArrayList<>(keys);
    java.util.Collections.shuffle(pool, random);
    int per = keys.size() / 16;
    int next = 0;
    // A different set of keys for each kind, so every other key is a clean negative for it.
    for (AnomalyKind kind : AnomalyKind.values()) {
      int done = 0;
      while (done < per && next < pool.size()) {
        Key k = pool.get(next++);
        if (injectOne(k, kind)) {
          k.injected.add(kind);
          done++;
        }
      }
    }
  }

  private boolean injectOne(Key k, AnomalyKind kind) {
    int h = WINDOW_START + random.nextInt(7 * 24 - 6);
    switch (kind) {
      case REQUEST_SPIKE -> {
        // At an hour the key is normally used in (a use at a never-used hour is the next kind).
        for (int tries = 0; tries < 50 && curve(k, h) <= 0; tries++) {
          h = WINDOW_START + random.nextInt(7 * 24 - 6);
        }
        if (curve(k, h) <= 0 || k.expiresAt != null) {
          return false;
        }
        double factor = 5 + random.nextDouble() * 10;
        long extra = (long) (curve(k, h) * factor) + 30 + random.nextInt(300);
        k.requests[h] += extra;
        k.errors[h] += binomial(extra, k.errorRate);
        return true;
      }
      case ERROR_RATE_JUMP -> {
        if (k.expiresAt != null) {
          return false;
        }
        for (int tries = 0; tries < 50 && curve(k, h) < 50; tries++) {
          h = WINDOW_START + random.nextInt(7 * 24 - 6);
        }
        if (curve(k, h) < 50) {
          return false;
        }
        double rate = 0.35 + random.nextDouble() * 0.45;
        for (int d = 0; d < 3; d++) {
          k.errors[h + d] = binomial(k.requests[h + d], rate);
        }
        return true;
      }
      case NEW_SOURCE_NETWORK -> {
        if (k.expiresAt != null) {
          return false;
        }
        Instant at = hour(h).plus(Duration.ofMinutes(random.nextInt(60)));
        k.networks.add(new NetworkUse("198.51.100.0/24", "198.51.100." + (k.index % 250), at, at));
        k.requests[h] += 1 + random.nextInt(20);
        return true;
      }
      case UNUSUAL_HOUR -> {
        if (k.profile != Profile.OFFICE_HOURS || k.level < 5 || k.expiresAt != null) {
          return false;
        }
        ZonedDateTime t = hour(h).atZone(ZoneOffset.UTC);
        int day = (int) ((h - WINDOW_START) / 24);
        int target =
            t.getDayOfWeek().getValue() >= 6
                ? WINDOW_START + day * 24 + 10 + random.nextInt(5)
                : WINDOW_START + day * 24 + 1 + random.nextInt(4);
        k.requests[target] += 3 + random.nextInt(60);
        return true;
      }
      case USE_AFTER_EXPIRY -> {
        if (k.expiresAt != null || k.profile == Profile.QUIET) {
          return false;
        }
        int at = WINDOW_START + random.nextInt(5 * 24);
        k.expiresAt = hour(at).minus(Duration.ofMinutes(random.nextInt(60)));
        // The traffic goes on as before: something still uses the expired key.
        long after = 0;
        for (int x = at; x < HOURS; x++) {
          after += k.requests[x];
        }
        if (after == 0) {
          k.requests[at + 2] += 1;
        }
        return true;
      }
      case ROTATED_VERSION_USE -> {
        if (k.valueVersions.size() > 1) {
          return false;
        }
        Instant rotated = hour(24 * 10 + random.nextInt(24 * 12));
        k.valueVersions.add(new ValueVersion(2, rotated));
        Instant leak = hour(h).plus(Duration.ofMinutes(random.nextInt(60)));
        Instant first = k.versionUses.get(0).firstSeen();
        k.versionUses.clear();
        k.versionUses.add(new VersionUse(1, first, leak));
        k.versionUses.add(new VersionUse(2, rotated, hour(HOURS)));
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private double logUniform(double lo, double hi) {
    return Math.exp(Math.log(lo) + random.nextDouble() * (Math.log(hi) - Math.log(lo)));
  }

  private long poisson(double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 50) {
      return Math.max(0, Math.round(lambda + random.nextGaussian() * Math.sqrt(lambda)));
    }
    double l = Math.exp(-lambda);
    long k = 0;
    double p = 1;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l);
    return k - 1;
  }

  private long binomial(long n, double p) {
    if (n <= 0) {
      return 0;
    }
    if (n > 200) {
      double mean = n * p;
      return Math.max(
          0, Math.min(n, Math.round(mean + random.nextGaussian() * Math.sqrt(mean * (1 - p)))));
    }
    long k = 0;
    for (long i = 0; i < n; i++) {
      if (random.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }
}
