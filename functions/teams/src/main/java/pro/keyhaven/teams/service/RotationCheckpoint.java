package pro.keyhaven.teams.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The last step of a team-key rotation, inside its transaction after every row has been written and
 * flushed. It does nothing; it exists so that a test can put a failure exactly there (a CDI
 * alternative) and prove that the rotation is all or nothing.
 */
@ApplicationScoped
public class RotationCheckpoint {

  /** Runs before the rotation commits; a failure here rolls the whole rotation back. */
  public Uni<Void> beforeCommit(UUID teamId) {
    return Uni.createFrom().voidItem();
  }
}
