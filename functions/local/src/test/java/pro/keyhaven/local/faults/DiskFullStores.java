package pro.keyhaven.local.faults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link DedicatedStores} with PostgreSQL's data directory on a file system of its own, a small
 * tmpfs, that a test can fill to the last byte with a filler file and empty again. Mounting needs
 * root (CAP_SYS_ADMIN); where it is refused the data directory is an ordinary one and {@link
 * #mounted()} says so.
 */
public class DiskFullStores extends DedicatedStores {

  /** Room for the database (initdb, the migrations, a few thousand keys) and its WAL. */
  static final String SIZE = "192m";

  private static Path mountPoint;
  private static volatile boolean mounted;
  private static volatile String mountRefusal;

  @Override
  protected Path postgresDirectory(Path dataDir) throws IOException {
    mountPoint = Files.createDirectories(dataDir.resolve("pgfs"));
    String result =
        run(
            List.of(
                "mount",
                "-t",
                "tmpfs",
                "-o",
                "size=" + SIZE + ",mode=0700",
                "keyhaven-faults-pg",
                mountPoint.toString()));
    mounted = result == null;
    mountRefusal = result;
    return mountPoint.resolve("postgres");
  }

  @Override
  public synchronized void stop() {
    super.stop();
    if (mounted) {
      String result = run(List.of("umount", mountPoint.toString()));
      if (result != null) {
        System.out.println("faults: could not unmount " + mountPoint + ": " + result);
      }
      mounted = false;
    }
  }

  static boolean mounted() {
    return mounted;
  }

  static String mountRefusal() {
    return mountRefusal;
  }

  private static Path filler() {
    return mountPoint.resolve("filler");
  }

  /**
   * Writes a filler file until the file system refuses with "no space left" (1 MiB, then 4 KiB
   * blocks). Answers the bytes written.
   */
  static long fill() throws IOException {
    long written = 0;
    try (FileChannel ch =
        FileChannel.open(
            filler(),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.APPEND)) {
      for (int block : new int[] {1 << 20, 4096, 512}) {
        ByteBuffer buf = ByteBuffer.allocate(block);
        while (true) {
          buf.clear();
          try {
            written += ch.write(buf);
          } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("No space left")) {
              throw e;
            }
            break;
          }
        }
      }
    }
    return written;
  }

  /** Removes the filler: the space is free again. */
  static void empty() throws IOException {
    Files.deleteIfExists(filler());
  }

  /** Free bytes on the data directory's file system. */
  static long freeBytes() throws IOException {
    return Files.getFileStore(mountPoint).getUsableSpace();
  }

  /** Null when the command succeeded, else what it said. */
  private static String run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "timed out";
      }
      return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + out;
    } catch (IOException e) {
      return e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return e.toString();
    }
  }
}
