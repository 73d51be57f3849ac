package pro.keyhaven.cli.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import pro.keyhaven.cli.Invocation;
import pro.keyhaven.cli.crypto.ClientCrypto.UnlockedVault;

/**
 * Picks who a command runs as: the machine token in {@code KEYHAVEN_TOKEN} when set (CI), else the
 * logged-in person's session.
 */
@ApplicationScoped
public class Callers {

  @Inject Sessions sessions;
  @Inject MachineLogin machines;

  public Caller open(Invocation inv, String serverOption, boolean passwordStdin) {
    String token = inv.env("KEYHAVEN_TOKEN");
    if (token != null) {
      return machines.open(inv, serverOption, token);
    }
    Sessions.Authenticated auth = sessions.open(inv, serverOption);
    Session session = auth.session();
    return new Caller(
        auth.server(),
        session.userId(),
        false,
        () -> {
          UnlockedVault vault = sessions.unlockVault(inv, session, passwordStdin);
          return new VaultKeys(
              auth.server(), session.userId(), vault.userKey(), vault.privateKey());
        });
  }
}
