package pro.keyhaven.shared.audit.anchor;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import pro.keyhaven.shared.config.KeyHavenConfig;

/**
 * The anchor store of a function without S3 support on its classpath: a directory ({@code
 * keyhaven.audit.anchor-dir}, by default {@code ~/.keyhaven/audit-anchors}). Functions that export
 * or verify in AWS carry {@code shared/audit-s3}, whose producer replaces this one.
 */
@ApplicationScoped
public class AnchorStores {

  @Produces
  @DefaultBean
  @ApplicationScoped
  public AnchorStore directory(KeyHavenConfig config) {
    return directoryFrom(config);
  }

  /** The configured directory store (also what the S3 producer falls back to without a bucket). */
  public static AnchorStore directoryFrom(KeyHavenConfig config) {
    return new DirectoryAnchorStore(
        config
            .audit()
            .anchorDir()
            .map(Path::of)
            .orElse(Path.of(System.getProperty("user.home"), ".keyhaven", "audit-anchors")));
  }
}
