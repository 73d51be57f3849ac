package pro.keyhaven.infra.storage;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * The bucket that receives access logs: CloudFront's standard logs ({@code cloudfront/}), the other
 * buckets' server access logs ({@code s3/<bucket>/}) and the VPC flow logs ({@code vpc/}). Private,
 * TLS only, S3-managed encryption (CloudFront cannot write to a KMS bucket), expired after the
 * stage's log retention.
 */
public class AccessLogs extends Construct {

  /**
   * @param expireAfterDays logs are deleted after this many days
   */
  public record Props(RemovalPolicy removalPolicy, int expireAfterDays) {}

  private final Bucket bucket;

  public AccessLogs(Construct scope, String id, Props props) {
    super(scope, id);
    bucket =
        Bucket.Builder.create(this, "Bucket")
            .encryption(BucketEncryption.S3_MANAGED)
            .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
            // CloudFront's standard logging writes through the bucket ACL.
            .objectOwnership(ObjectOwnership.OBJECT_WRITER)
            .enforceSsl(true)
            .lifecycleRules(
                List.of(
                    LifecycleRule.builder()
                        .id("expire")
                        .expiration(Duration.days(props.expireAfterDays()))
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .build()))
            .removalPolicy(props.removalPolicy())
            .autoDeleteObjects(props.removalPolicy() == RemovalPolicy.DESTROY)
            .build();
  }

  public IBucket bucket() {
    return bucket;
  }
}
