package pro.keyhaven.cli.session;

import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.api.KeyBodies.ApiKey;
import pro.keyhaven.cli.api.KeyBodies.Team;
import pro.keyhaven.cli.client.Server;
import pro.keyhaven.cli.crypto.ClientCrypto;
import pro.keyhaven.cli.crypto.ClientCrypto.EncryptedValue;
import pro.keyhaven.cli.crypto.ClientCrypto.SecretBytes;

/**
 * The vault keys of one command, in memory only: the personal user key (a person; a machine has
 * none) and the team keys, each opened on first use from the caller's {@code wrapped_team_key} with
 * the caller's X25519 private key. Closing wipes them all.
 */
public final class VaultKeys implements AutoCloseable {

  private final Server server;
  private final UUID ownerId;
  private final SecretBytes userKey;
  private final SecretBytes privateKey;
  private final Map<UUID, SecretBytes> teamKeys = new HashMap<>();
  private Map<UUID, Team> teams;

  public VaultKeys(Server server, UUID ownerId, SecretBytes userKey, SecretBytes privateKey) {
    this.server = server;
    this.ownerId = ownerId;
    this.userKey = userKey;
    this.privateKey = privateKey;
  }

  /** The key that encrypts items of this vault (a team id, or the owner's user id). */
  public byte[] keyFor(UUID teamId) {
    if (teamId == null) {
      if (userKey == null) {
        throw new CliException(ExitCodes.FORBIDDEN, "a machine token has no personal vault");
      }
      return userKey.bytes();
    }
    SecretBytes key = teamKeys.get(teamId);
    if (key == null) {
      Team team = teams().get(teamId);
      if (team == null) {
        throw new CliException(ExitCodes.NOT_FOUND, "not a member of team " + teamId);
      }
      try {
        key = ClientCrypto.openTeamKey(privateKey.bytes(), team.wrappedTeamKey());
      } catch (GeneralSecurityException e) {
        throw new CliException(
            ExitCodes.ERROR, "the team key of " + team.name() + " cannot be opened", e);
      }
      teamKeys.put(teamId, key);
    }
    return key.bytes();
  }

  /**
   * The generation of the team key that {@link #keyFor} opens (null for the personal vault): a team
   * key's new value names it, and the server refuses a value under a rotated-away key.
   */
  public Integer generationFor(UUID teamId) {
    if (teamId == null) {
      return null;
    }
    keyFor(teamId);
    return teams().get(teamId).keyGeneration();
  }

  public UUID vaultIdFor(UUID teamId) {
    return teamId != null ? teamId : ownerId;
  }

  public String decrypt(ApiKey key) {
    try {
      return ClientCrypto.decryptItem(
          keyFor(key.teamId()),
          key.vaultId().toString(),
          key.id().toString(),
          new EncryptedValue(key.encryptedValue(), key.iv()));
    } catch (GeneralSecurityException e) {
      throw new CliException(
          ExitCodes.ERROR, "key " + key.name() + " (" + key.id() + ") cannot be decrypted", e);
    }
  }

  public EncryptedValue encrypt(UUID teamId, UUID keyId, String value) {
    try {
      return ClientCrypto.encryptItem(
          keyFor(teamId), vaultIdFor(teamId).toString(), keyId.toString(), value);
    } catch (GeneralSecurityException e) {
      throw new CliException(ExitCodes.ERROR, "the value cannot be encrypted", e);
    }
  }

  /** Re-wraps a team's key, opened from the caller's own copy, for another public key. */
  public String wrapTeamKeyFor(UUID teamId, String recipientPublicKey) {
    Team team = teams().get(teamId);
    if (team == null) {
      throw new CliException(ExitCodes.NOT_FOUND, "not a member of team " + teamId);
    }
    try {
      return ClientCrypto.wrapTeamKeyFor(
          privateKey.bytes(), team.wrappedTeamKey(), recipientPublicKey);
    } catch (GeneralSecurityException e) {
      throw new CliException(
          ExitCodes.ERROR, "the team key of " + team.name() + " cannot be opened", e);
    }
  }

  /** The caller's teams by id (fetched once). */
  public Map<UUID, Team> teams() {
    if (teams == null) {
      teams = new HashMap<>();
      for (Team t : server.teams()) {
        teams.put(t.id(), t);
      }
    }
    return teams;
  }

  @Override
  public void close() {
    teamKeys.values().forEach(SecretBytes::close);
    teamKeys.clear();
    if (userKey != null) {
      userKey.close();
    }
    privateKey.close();
  }

  @Override
  public String toString() {
    return "VaultKeys[" + ownerId + "]";
  }
}
