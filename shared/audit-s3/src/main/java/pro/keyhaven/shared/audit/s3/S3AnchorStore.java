package pro.keyhaven.shared.audit.s3;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pro.keyhaven.shared.audit.anchor.AnchorStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The anchors in an S3 bucket. In AWS the bucket has Object Lock in compliance mode by default, so
 * an exported object cannot be overwritten or deleted by anyone for the retention period, this
 * function included (it may only put). The client is the AWS SDK's, with its URL-connection HTTP
 * client (small and native-friendly); credentials and region come from the function's environment.
 */
public final class S3AnchorStore implements AnchorStore {

  private final S3Client s3;
  private final String bucket;

  public S3AnchorStore(String bucket, Optional<String> endpoint) {
    this.bucket = bucket;
    var builder = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
    endpoint.ifPresent(e -> builder.endpointOverride(URI.create(e)).forcePathStyle(true));
    if (System.getenv("AWS_REGION") == null && System.getProperty("aws.region") == null) {
      builder.region(software.amazon.awssdk.regions.Region.US_EAST_1);
    }
    this.s3 = builder.build();
  }

  @Override
  public void put(String key, byte[] body, String contentType) {
    s3.putObject(
        PutObjectRequest.builder()
            .bucket(bucket)
            .key(key)
            .contentType(contentType)
            // Object Lock needs an integrity checksum on every put.
            .checksumAlgorithm("SHA256")
            .build(),
        RequestBody.fromBytes(body));
  }

  @Override
  public Optional<byte[]> get(String key) {
    try {
      return Optional.of(
          s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(key).build())
              .asByteArray());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<String> list(String prefix) {
    List<String> keys = new ArrayList<>();
    String token = null;
    do {
      ListObjectsV2Response page =
          s3.listObjectsV2(
              ListObjectsV2Request.builder()
                  .bucket(bucket)
                  .prefix(prefix)
                  .continuationToken(token)
                  .build());
      for (S3Object o : page.contents()) {
        keys.add(o.key());
      }
      token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
    } while (token != null);
    keys.sort(String::compareTo);
    return keys;
  }

  @Override
  public String describe() {
    return "s3://" + bucket;
  }
}
