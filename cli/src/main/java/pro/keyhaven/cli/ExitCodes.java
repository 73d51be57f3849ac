package pro.keyhaven.cli;

/**
 * The command line's exit codes (README "Exit codes"). {@code run} passes the child's own code on
 * instead, and answers 126/127 when the command cannot be started.
 */
public final class ExitCodes {

  public static final int OK = 0;

  /** The request was refused (bad input, conflict, an ambiguous name, a server 4xx). */
  public static final int ERROR = 1;

  /** The command line itself was wrong (unknown option, missing argument). */
  public static final int USAGE = 2;

  /** Not logged in, the session ended or expired, or it is locked: log in or unlock. */
  public static final int SESSION = 3;

  /** Wrong e-mail or master password, or an invalid or revoked machine token. */
  public static final int AUTH = 4;

  /** No such key (or one the caller may not see). */
  public static final int NOT_FOUND = 5;

  /** The server could not be reached, or failed (5xx). */
  public static final int UNAVAILABLE = 6;

  /** Allowed to read but not to do this (a viewer or a machine token writing). */
  public static final int FORBIDDEN = 7;

  /** {@code run}: the command exists but cannot be executed. */
  public static final int CANNOT_EXECUTE = 126;

  /** {@code run}: the command was not found. */
  public static final int COMMAND_NOT_FOUND = 127;

  private ExitCodes() {}
}
