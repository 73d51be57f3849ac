package pro.keyhaven.cli.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.Invocation;
import pro.keyhaven.cli.api.MachineBodies.MachineLoginRequest;
import pro.keyhaven.cli.api.MachineBodies.MachineLoginResponse;
import pro.keyhaven.cli.client.Server;
import pro.keyhaven.cli.client.ServerCalls;
import pro.keyhaven.cli.crypto.ClientCrypto;
import pro.keyhaven.cli.crypto.ClientCrypto.SecretBytes;

/**
 * A machine token ({@code KEYHAVEN_TOKEN}) turned into an access token. The token is {@code
 * khm1.<machine id>.<secret>.<private key>}: the server knows only a hash of the secret and the
 * machine's public key; the private key never leaves the pipeline and opens the team key the admin
 * wrapped to the machine. Nothing of it is written to disk.
 */
@ApplicationScoped
public class MachineLogin {

  public static final String PREFIX = "khm1";

  @Inject Sessions sessions;
  @Inject ServerCalls calls;

  /** The parts of a machine token. */
  public record MachineToken(UUID machineId, String secret, SecretBytes privateKey) {
    @Override
    public String toString() {
      return "MachineToken[" + machineId + "]";
    }
  }

  public static String format(UUID machineId, String secret, byte[] privateKey) {
    return PREFIX
        + "."
        + machineId
        + "."
        + secret
        + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(privateKey);
  }

  public static MachineToken parse(String token) {
    String[] parts = token.strip().split("\\.", -1);
    try {
      if (parts.length != 4
          || !PREFIX.equals(parts[0])
          || !parts[2].matches("^[A-Za-z0-9_-]{43}$")) {
        throw new IllegalArgumentException();
      }
      byte[] key = Base64.getUrlDecoder().decode(parts[3]);
      if (key.length != 32) {
        throw new IllegalArgumentException();
      }
      return new MachineToken(UUID.fromString(parts[1]), parts[2], new SecretBytes(key));
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.AUTH, "KEYHAVEN_TOKEN is not a KeyHaven machine token");
    }
  }

  Caller open(Invocation inv, String serverOption, String token) {
    MachineToken parsed = parse(token);
    String url = sessions.serverUrl(inv, serverOption, null);
    Server anonymous = sessions.anonymous(url);
    MachineLoginResponse login =
        anonymous.publicCall(
            "sign in with the machine token",
            a -> a.machineLogin(new MachineLoginRequest(parsed.machineId(), parsed.secret())));
    try {
      String publicKey = ClientCrypto.publicKeyOf(parsed.privateKey().bytes());
      if (!publicKey.equals(login.publicKey())) {
        throw new CliException(
            ExitCodes.AUTH, "the machine token's key does not match the server's record");
      }
    } catch (GeneralSecurityException e) {
      throw new CliException(ExitCodes.AUTH, "KEYHAVEN_TOKEN holds an unusable key");
    }
    Server server = new Server(calls, url, login.accessToken());
    return new Caller(
        server,
        parsed.machineId(),
        true,
        () -> new VaultKeys(server, parsed.machineId(), null, parsed.privateKey()));
  }
}
