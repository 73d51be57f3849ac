package pro.keyhaven.shared.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import pro.keyhaven.shared.error.ApiException;

/**
 * Per-minute budgets counted in this process: what {@link RequestGate} charges while Redis cannot
 * answer. Fixed one-minute windows per bucket and user, the same limits as in Redis; with several
 * server instances each counts its own share, so the limit is per instance until Redis is back.
 */
final class LocalBudget {

  /** Past this many windows the table is emptied (it only ever holds the last minute's users). */
  private static final int MAX_ENTRIES = 100_000;

  private static final long MINUTE_MILLIS = 60_000;

  private record Window(long start, int count) {}

  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  /** Counts one request; 429 with the seconds left in the window past {@code limit}. */
  void consume(String bucket, String user, int limit) {
    long now = System.currentTimeMillis();
    if (windows.size() > MAX_ENTRIES) {
      windows.clear();
    }
    Window w =
        windows.compute(
            bucket + ":" + user,
            (k, old) ->
                old == null || now - old.start() >= MINUTE_MILLIS
                    ? new Window(now, 1)
                    : new Window(old.start(), old.count() + 1));
    if (w.count() > limit) {
      long left = MINUTE_MILLIS - (now - w.start());
      throw ApiException.rateLimited(Math.max(1, (left + 999) / 1000));
    }
  }
}
