package pro.keyhaven.rotation.delivery;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import pro.keyhaven.shared.github.RotatedSecretPush;

/** The GitHub Actions secrets the key was pushed to (its sync records), sealed to GitHub's key. */
@ApplicationScoped
public class GitHubActionsTarget implements RotatedValueTarget {

  private final RotatedSecretPush push;

  public GitHubActionsTarget(RotatedSecretPush push) {
    this.push = push;
  }

  @Override
  public Uni<Void> deliver(UUID keyId, int version, String value) {
    return push.push(keyId, version, value).replaceWithVoid();
  }
}
