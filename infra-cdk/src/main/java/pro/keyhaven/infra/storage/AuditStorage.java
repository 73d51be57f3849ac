package pro.keyhaven.infra.storage;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectLockRetention;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.constructs.Construct;

/**
 * The bucket for audit-log exports and backups: versioned, encrypted, private, TLS only, moved to
 * Glacier once nobody reads it any more.
 */
public class AuditStorage extends Construct {

  /**
   * @param glacierAfterDays exports are read in the first weeks, then kept for compliance
   */
  public record Props(
      RemovalPolicy removalPolicy,
      int glacierAfterDays,
      int noncurrentVersionDays,
      IBucket accessLogs) {
    public static Props of(
        RemovalPolicy removalPolicy, int noncurrentVersionDays, IBucket accessLogs) {
      return new Props(removalPolicy, 90, noncurrentVersionDays, accessLogs);
    }
  }

  private final Bucket bucket;

  public AuditStorage(Construct scope, String id, Props props) {
    super(scope, id);
    boolean disposable = props.removalPolicy() == RemovalPolicy.DESTROY;
    bucket =
        Bucket.Builder.create(this, "Bucket")
            .versioned(true)
            .encryption(BucketEncryption.KMS_MANAGED)
            .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
            .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
            .enforceSsl(true)
            .serverAccessLogsBucket(props.accessLogs())
            .serverAccessLogsPrefix("s3/audit/")
            .lifecycleRules(
                List.of(
                    LifecycleRule.builder()
                        .id("archive")
                        .transitions(
                            List.of(
                                Transition.builder()
                                    .storageClass(StorageClass.GLACIER)
                                    .transitionAfter(Duration.days(props.glacierAfterDays()))
                                    .build()))
                        .noncurrentVersionExpiration(Duration.days(props.noncurrentVersionDays()))
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .build()))
            // Exported chains are written once: in a kept stage nobody, root included, may
            // overwrite or delete one for a year (compliance mode); a disposable stage keeps Object
            // Lock on without a default retention, so that it can still be torn down.
            .objectLockEnabled(true)
            .objectLockDefaultRetention(
                disposable ? null : ObjectLockRetention.compliance(Duration.days(365)))
            .removalPolicy(props.removalPolicy())
            // A bucket with objects cannot be deleted, so a disposable stage empties it first.
            .autoDeleteObjects(disposable)
            .build();
  }

  public IBucket bucket() {
    return bucket;
  }
}
