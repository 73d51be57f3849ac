package pro.keyhaven.cli.session;

import java.util.UUID;
import java.util.function.Supplier;
import pro.keyhaven.cli.client.Server;

/**
 * Who a command runs as, with an access token in hand: a person (whose vault opens with the master
 * password) or a machine identity (whose private key came in its token).
 */
public final class Caller {

  private final Server server;
  private final UUID id;
  private final boolean machine;
  private final Supplier<VaultKeys> keys;

  Caller(Server server, UUID id, boolean machine, Supplier<VaultKeys> keys) {
    this.server = server;
    this.id = id;
    this.machine = machine;
    this.keys = keys;
  }

  public Server server() {
    return server;
  }

  public UUID id() {
    return id;
  }

  public boolean machine() {
    return machine;
  }

  /** Opens the vault keys (asks the master password of a person once). */
  public VaultKeys vaultKeys() {
    return keys.get();
  }

  @Override
  public String toString() {
    return "Caller[" + id + (machine ? ", machine" : "") + "]";
  }
}
