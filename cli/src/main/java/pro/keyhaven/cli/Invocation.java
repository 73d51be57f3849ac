package pro.keyhaven.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What one run of the command line works with: its streams, environment, terminal and clock. The
 * real process passes its own; tests pass theirs, so every command runs in-process as it would in a
 * shell.
 */
public final class Invocation {

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Console console;
  private final Clock clock;
  private final boolean processStreams;
  private BufferedReader reader;

  public Invocation(
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Console console,
      Clock clock) {
    this(in, out, err, env, console, clock, false);
  }

  private Invocation(
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Console console,
      Clock clock,
      boolean processStreams) {
    this.processStreams = processStreams;
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
    this.console = console;
    this.clock = clock;
  }

  /** This process's own streams, environment and terminal. */
  public static Invocation system() {
    return new Invocation(
        System.in,
        System.out,
        System.err,
        System.getenv(),
        System.console(),
        Clock.systemUTC(),
        true);
  }

  /** Whether these are the process's own streams (a child process can inherit them). */
  public boolean processStreams() {
    return processStreams;
  }

  public PrintStream out() {
    return out;
  }

  public PrintStream err() {
    return err;
  }

  public Map<String, String> env() {
    return env;
  }

  public String env(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /** The terminal, when there is one to prompt on without echo; {@code null} otherwise. */
  public Console console() {
    return console;
  }

  public Clock clock() {
    return clock;
  }

  /** One line of standard input, without its line end; {@code null} at the end. */
  public String readLine() {
    try {
      return reader().readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rest of standard input, with one trailing line end removed. */
  public String readRest() {
    try {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      int n;
      while ((n = reader().read(buffer)) > 0) {
        text.append(buffer, 0, n);
      }
      int end = text.length();
      if (end > 0 && text.charAt(end - 1) == '\n') {
        end--;
        if (end > 0 && text.charAt(end - 1) == '\r') {
          end--;
        }
      }
      return text.substring(0, end);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether standard input still has something unread in this process's buffer. */
  public boolean stdinBuffered() {
    try {
      return reader != null && reader.ready();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The configuration directory: {@code $XDG_CONFIG_HOME/keyhaven}, else {@code ~/.config/keyhaven}
   * (on Windows {@code %APPDATA%\keyhaven}).
   */
  public Path configDir() {
    String xdg = env("XDG_CONFIG_HOME");
    if (xdg != null) {
      return Path.of(xdg, "keyhaven");
    }
    String appData = env("APPDATA");
    if (appData != null && System.getProperty("os.name", "").startsWith("Windows")) {
      return Path.of(appData, "keyhaven");
    }
    String home = env("HOME");
    return Path.of(home != null ? home : System.getProperty("user.home"), ".config", "keyhaven");
  }

  private BufferedReader reader() {
    if (reader == null) {
      reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return reader;
  }
}
