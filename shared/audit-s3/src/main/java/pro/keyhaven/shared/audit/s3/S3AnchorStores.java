package pro.keyhaven.shared.audit.s3;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pro.keyhaven.shared.audit.anchor.AnchorStore;
import pro.keyhaven.shared.audit.anchor.AnchorStores;
import pro.keyhaven.shared.config.KeyHavenConfig;

/** The anchor store of a function that carries S3: the bucket when one is configured. */
@ApplicationScoped
public class S3AnchorStores {

  private static final Logger LOG = Logger.getLogger(S3AnchorStores.class);

  @Produces
  @ApplicationScoped
  public AnchorStore store(
      KeyHavenConfig config,
      // Read here, not in the shared configuration: only the functions that carry S3 read it.
      @ConfigProperty(name = "keyhaven.audit.bucket") Optional<String> bucket) {
    AnchorStore store =
        bucket
            .filter(b -> !b.isBlank())
            .<AnchorStore>map(b -> new S3AnchorStore(b, config.audit().s3Endpoint()))
            .orElseGet(() -> AnchorStores.directoryFrom(config));
    LOG.infof("Audit chains are exported to %s", store.describe());
    return store;
  }
}
