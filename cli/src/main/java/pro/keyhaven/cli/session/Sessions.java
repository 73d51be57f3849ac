package pro.keyhaven.cli.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Console;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.Invocation;
import pro.keyhaven.cli.api.AuthBodies.LoginRequest;
import pro.keyhaven.cli.api.AuthBodies.LoginResponse;
import pro.keyhaven.cli.api.AuthBodies.MfaLoginRequest;
import pro.keyhaven.cli.api.AuthBodies.PreloginRequest;
import pro.keyhaven.cli.api.AuthBodies.PreloginResponse;
import pro.keyhaven.cli.api.AuthBodies.RefreshRequest;
import pro.keyhaven.cli.api.AuthBodies.TokenResponse;
import pro.keyhaven.cli.client.Server;
import pro.keyhaven.cli.client.ServerCalls;
import pro.keyhaven.cli.client.ServerError;
import pro.keyhaven.cli.crypto.ClientCrypto;
import pro.keyhaven.cli.crypto.ClientCrypto.KdfParams;
import pro.keyhaven.cli.crypto.ClientCrypto.MasterKeys;
import pro.keyhaven.cli.crypto.ClientCrypto.UnlockedVault;

/**
 * Signing in and staying signed in: login (KDF, login, a local unlock check, the session file),
 * access tokens from the stored refresh token (rotated under the file lock), the idle timeout, and
 * the master password asked once per command that decrypts.
 */
@ApplicationScoped
public class Sessions {

  public static final String DEFAULT_SERVER = "http://localhost:8080";

  /** Minutes without a command after which the session locks; {@code KEYHAVEN_IDLE_TIMEOUT}. */
  public static final int DEFAULT_IDLE_MINUTES = 60;

  private static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

  @Inject SessionStore store;
  @Inject ServerCalls calls;

  /** {@code --server}, else {@code KEYHAVEN_SERVER}, else the session's, else localhost. */
  public String serverUrl(Invocation inv, String option, Session session) {
    String url = option != null ? option : inv.env("KEYHAVEN_SERVER");
    if (url == null) {
      url = session != null ? session.server() : DEFAULT_SERVER;
    }
    url = url.strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    if (!url.matches("^https?://[^\\s/]+(/[^\\s]*)?$")) {
      throw new CliException(ExitCodes.USAGE, "the server address must be an http(s) URL");
    }
    return url;
  }

  public Server anonymous(String url) {
    return new Server(calls, url, null);
  }

  /** Logs in and writes the session file; the vault is unlocked once to prove the password. */
  public Session login(Invocation inv, String url, String email, char[] password, String totp) {
    Server server = anonymous(url);
    PreloginResponse pre =
        server.publicCall("prelogin", a -> a.prelogin(new PreloginRequest(email)));
    KdfParams params = new KdfParams(pre.kdf(), pre.kdfIterations(), pre.kdfSalt());
    try (MasterKeys master = derive(password, params)) {
      LoginResponse first =
          server.publicCall("log in", a -> a.login(new LoginRequest(email, master.authHash())));
      LoginResponse login = first;
      if (Boolean.TRUE.equals(first.mfaRequired())) {
        String code = totp != null ? totp : askTotp(inv);
        login =
            server.publicCall(
                "two-step sign-in",
                a -> a.loginMfa(new MfaLoginRequest(first.mfaToken(), code, null)));
      }
      KdfParams stored = new KdfParams(login.kdf(), login.kdfIterations(), login.kdfSalt());
      if (!stored.equals(params)) {
        throw new CliException(
            ExitCodes.ERROR, "the server changed the KDF parameters; log in again");
      }
      try (UnlockedVault ignored =
          ClientCrypto.unlock(
              master, login.protectedUserKey(), login.protectedPrivateKey(), login.publicKey())) {
        // the keys open: the password and the stored key pair are right
      } catch (GeneralSecurityException e) {
        throw new CliException(ExitCodes.AUTH, "the account's keys do not open with this password");
      }
      Instant now = inv.clock().instant();
      Session session =
          new Session(
              url,
              login.user().email(),
              login.user().id(),
              login.refreshToken(),
              login.accessToken(),
              now.plusSeconds(login.expiresIn()),
              login.kdf(),
              login.kdfIterations(),
              login.kdfSalt(),
              login.protectedUserKey(),
              login.publicKey(),
              login.protectedPrivateKey(),
              now,
              false);
      store.exclusively(
          inv,
          () -> {
            store.write(inv, session);
            return null;
          });
      return session;
    }
  }

  /** The stored session, or exit 3 when there is none. */
  public Session stored(Invocation inv) {
    return store
        .read(inv)
        .orElseThrow(
            () -> new CliException(ExitCodes.SESSION, "not logged in: run keyhaven login"));
  }

  public Optional<Session> storedIfAny(Invocation inv) {
    return store.read(inv);
  }

  /**
   * A server client with a fresh access token for the stored session: refused when the session is
   * locked or idle too long; the refresh token is rotated under the file lock.
   */
  public Authenticated open(Invocation inv, String serverOption) {
    return store.exclusively(
        inv,
        () -> {
          Session session = stored(inv);
          String url = serverUrl(inv, serverOption, session);
          if (!url.equals(session.server())) {
            throw new CliException(
                ExitCodes.SESSION,
                "logged in to " + session.server() + ", not " + url + ": run keyhaven login");
          }
          Instant now = inv.clock().instant();
          if (session.locked()) {
            throw new CliException(ExitCodes.SESSION, "the session is locked: run keyhaven unlock");
          }
          Duration idle = idleTimeout(inv);
          if (session.lastUsedAt() == null || session.lastUsedAt().plus(idle).isBefore(now)) {
            store.write(inv, session.lock());
            throw new CliException(
                ExitCodes.SESSION,
                "the session locked after "
                    + idle.toMinutes()
                    + " idle minutes: run keyhaven unlock");
          }
          if (session.accessToken() == null
              || session.accessExpiresAt() == null
              || session.accessExpiresAt().minus(REFRESH_MARGIN).isBefore(now)) {
            session = refresh(inv, session, now);
          }
          session = session.used(now);
          store.write(inv, session);
          return new Authenticated(new Server(calls, url, session.accessToken()), session);
        });
  }

  /** A server client for the session's own server, even while locked (logout). */
  public Server forLogout(Invocation inv, Session session) {
    return new Server(calls, session.server(), session.accessToken());
  }

  /** Asks the master password and opens the personal vault; a wrong password exits with 4. */
  public UnlockedVault unlockVault(Invocation inv, Session session, boolean passwordStdin) {
    char[] password = readPassword(inv, passwordStdin, "Master password: ");
    try (MasterKeys master =
        derive(
            password, new KdfParams(session.kdf(), session.kdfIterations(), session.kdfSalt()))) {
      return ClientCrypto.unlock(
          master, session.protectedUserKey(), session.protectedPrivateKey(), session.publicKey());
    } catch (GeneralSecurityException e) {
      throw new CliException(ExitCodes.AUTH, "wrong master password");
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** {@code keyhaven unlock}: the password is checked locally, then the session is usable. */
  public Session unlock(Invocation inv, boolean passwordStdin) {
    Session session = stored(inv);
    try (UnlockedVault ignored = unlockVault(inv, session, passwordStdin)) {
      Session unlocked = session.used(inv.clock().instant());
      store.exclusively(
          inv,
          () -> {
            store.write(inv, unlocked);
            return null;
          });
      return unlocked;
    }
  }

  public void lock(Invocation inv) {
    store.exclusively(
        inv,
        () -> {
          store.write(inv, stored(inv).lock());
          return null;
        });
  }

  public boolean forget(Invocation inv) {
    return store.exclusively(inv, () -> store.delete(inv));
  }

  /** The master password: from the terminal without echo, or the first line of stdin. */
  public char[] readPassword(Invocation inv, boolean fromStdin, String prompt) {
    char[] password;
    if (fromStdin) {
      String line = inv.readLine();
      password = line == null ? new char[0] : line.toCharArray();
    } else {
      Console console = inv.console();
      if (console == null) {
        throw new CliException(
            ExitCodes.USAGE,
            "no terminal to ask the master password on: pipe it in with --password-stdin");
      }
      password = console.readPassword("%s", prompt);
      if (password == null) {
        password = new char[0];
      }
    }
    if (password.length == 0) {
      throw new CliException(ExitCodes.USAGE, "the master password is empty");
    }
    return password;
  }

  public Duration idleTimeout(Invocation inv) {
    String minutes = inv.env("KEYHAVEN_IDLE_TIMEOUT");
    if (minutes == null) {
      return Duration.ofMinutes(DEFAULT_IDLE_MINUTES);
    }
    try {
      int m = Integer.parseInt(minutes.strip());
      if (m < 1 || m > 7 * 24 * 60) {
        throw new NumberFormatException();
      }
      return Duration.ofMinutes(m);
    } catch (NumberFormatException e) {
      throw new CliException(
          ExitCodes.USAGE, "KEYHAVEN_IDLE_TIMEOUT must be a number of minutes from 1 to 10080");
    }
  }

  private Session refresh(Invocation inv, Session session, Instant now) {
    Server server = anonymous(session.server());
    try {
      TokenResponse tokens =
          calls.write(
              () ->
                  calls
                      .client(session.server())
                      .refresh(new RefreshRequest(session.refreshToken())));
      return session.withTokens(
          tokens.refreshToken(), tokens.accessToken(), now.plusSeconds(tokens.expiresIn()));
    } catch (ServerError e) {
      if (e.status() == 401) {
        store.delete(inv);
        throw new CliException(
            ExitCodes.SESSION,
            "the session has ended (expired or logged out elsewhere): run keyhaven login"
                + (e.requestId() == null ? "" : " (request id " + e.requestId() + ")"));
      }
      throw Server.translate("refresh the session", e, ExitCodes.SESSION);
    } catch (jakarta.ws.rs.ProcessingException e) {
      throw new CliException(
          ExitCodes.UNAVAILABLE, "cannot reach the KeyHaven server at " + server.baseUrl(), e);
    }
  }

  private static MasterKeys derive(char[] password, KdfParams params) {
    try {
      return ClientCrypto.deriveMasterKeys(password, params);
    } catch (ClientCrypto.WeakKdfException e) {
      throw new CliException(ExitCodes.ERROR, e.getMessage());
    } catch (GeneralSecurityException e) {
      throw new CliException(ExitCodes.ERROR, "cannot derive keys: " + e.getMessage());
    }
  }

  private static String askTotp(Invocation inv) {
    Console console = inv.console();
    if (console == null) {
      throw new CliException(
          ExitCodes.USAGE, "this account has two-step sign-in: pass the code with --totp");
    }
    return console.readLine("Authenticator code: ");
  }

  /** A server client holding a fresh access token, and the session it came from. */
  public record Authenticated(Server server, Session session) {}
}
