package pro.keyhaven.testsupport;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every log record the process writes while it is open, as text: the message, its parameters and
 * the whole cause chain. In a Quarkus test JBoss LogManager is the java.util.logging manager, so a
 * handler on the root logger sees what the server logs. Open it with {@link #start()}, close it
 * (try-with-resources) to stop.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

  private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

  private CapturedLog() {}

  /** Starts capturing. */
  public static CapturedLog start() {
    CapturedLog log = new CapturedLog();
    Logger.getLogger("").addHandler(log);
    return log;
  }

  /** What was logged so far, in order. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void publish(LogRecord r) {
    StringBuilder b = new StringBuilder(String.valueOf(r.getMessage()));
    if (r.getParameters() != null) {
      for (Object p : r.getParameters()) {
        b.append(' ').append(p);
      }
    }
    for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
      b.append(' ').append(t);
    }
    lines.add(b.toString());
  }

  @Override
  public void flush() {}

  /** Stops capturing; what was captured stays readable. */
  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
