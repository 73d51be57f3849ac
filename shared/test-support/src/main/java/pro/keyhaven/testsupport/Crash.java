package pro.keyhaven.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Faults the fault tests cause on purpose. */
public final class Crash {

  private Crash() {}

  /**
   * {@code kill -9} of the PostgreSQL postmaster that owns {@code dataDirectory} and of every
   * backend it started: what a crash or power loss leaves behind. Answers how many processes were
   * killed, once all of them have exited.
   */
  public static int postgres(Path dataDirectory) throws IOException {
    long pid =
        Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
    ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
    List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
    all.add(0, postmaster);
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle p : all) {
      p.onExit().join();
    }
    return all.size();
  }
}
