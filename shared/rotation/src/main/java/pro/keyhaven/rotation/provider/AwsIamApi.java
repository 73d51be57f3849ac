package pro.keyhaven.rotation.provider;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * AWS IAM access keys through the AWS SDK (the IAM Query API) and STS {@code GetCallerIdentity}
 * with a new key to test it. The SDK's own retries are off: the creation is never retried (it would
 * make a key too many), the test and the revocation are, with backoff. A new IAM key takes a few
 * seconds to work everywhere, so the test waits longer between its tries. {@code
 * keyhaven.rotation.aws.endpoint} points IAM and STS elsewhere (a stand-in in tests).
 */
@ApplicationScoped
public class AwsIamApi {

  static final String NAME = "AWS";

  /** A new access key. */
  public record AccessKey(String id, String secret) {
    @Override
    public String toString() {
      return "AccessKey[" + id + ", <secret>]";
    }
  }

  private final Optional<URI> endpoint;
  private final Region stsRegion;
  private final Duration timeout;
  private final SdkHttpClient httpClient;

  public AwsIamApi(
      @ConfigProperty(name = "keyhaven.rotation.aws.endpoint") Optional<URI> endpoint,
      @ConfigProperty(name = "keyhaven.rotation.aws.region", defaultValue = "us-east-1")
          String region,
      @ConfigProperty(name = "keyhaven.rotation.http-timeout", defaultValue = "10s")
          Duration timeout) {
    this.endpoint = endpoint;
    this.stsRegion = Region.of(region);
    this.timeout = timeout;
    this.httpClient =
        UrlConnectionHttpClient.builder().connectionTimeout(timeout).socketTimeout(timeout).build();
  }

  @PreDestroy
  void close() {
    httpClient.close();
  }

  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      failOn = ProviderUnavailable.class)
  public Uni<AccessKey> createAccessKey(String adminId, String adminSecret, String userName) {
    return iam(
        adminId,
        adminSecret,
        "create an access key for IAM user " + userName,
        userName,
        iam -> {
          var key = iam.createAccessKey(r -> r.userName(userName)).accessKey();
          return new AccessKey(key.accessKeyId(), key.secretAccessKey());
        });
  }

  /** The ARN the key signs in as (STS GetCallerIdentity needs no permission). */
  @Retry(maxRetries = 4, delay = 2000, jitter = 200, retryOn = ProviderUnavailable.class)
  @ExponentialBackoff(factor = 2, maxDelay = 8000)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      failOn = ProviderUnavailable.class)
  public Uni<String> callerIdentity(String keyId, String secret) {
    return blocking(
        () -> {
          try (StsClient sts =
              configure(StsClient.builder(), keyId, secret).region(stsRegion).build()) {
            return sts.getCallerIdentity().arn();
          } catch (AwsServiceException e) {
            String code = code(e);
            if ("InvalidClientTokenId".equals(code) || "SignatureDoesNotMatch".equals(code)) {
              // A fresh key is not accepted everywhere at once: worth another try.
              throw new ProviderUnavailable(
                  "AWS does not accept the new access key (test: GetCallerIdentity answered "
                      + code
                      + ")");
            }
            throw explain(e, "sign in with the new key (test)", null);
          } catch (SdkClientException e) {
            throw unreachable(e);
          }
        });
  }

  /** Deactivates, then deletes the key; a key already gone is fine. */
  @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = ProviderUnavailable.class)
  @ExponentialBackoff(factor = 2, maxDelay = 3000)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      failOn = ProviderUnavailable.class)
  public Uni<Void> deleteAccessKey(
      String adminId, String adminSecret, String userName, String keyId) {
    return iam(
            adminId,
            adminSecret,
            "revoke access key " + keyId + " of IAM user " + userName,
            userName,
            iam -> {
              try {
                iam.updateAccessKey(
                    r -> r.userName(userName).accessKeyId(keyId).status(StatusType.INACTIVE));
                iam.deleteAccessKey(r -> r.userName(userName).accessKeyId(keyId));
              } catch (software.amazon.awssdk.services.iam.model.NoSuchEntityException gone) {
                // Deleted already: what a revocation wants.
              }
              return null;
            })
        .replaceWithVoid();
  }

  private <T> Uni<T> iam(
      String adminId,
      String adminSecret,
      String what,
      String userName,
      Function<IamClient, T> call) {
    return blocking(
        () -> {
          try (IamClient iam =
              configure(IamClient.builder(), adminId, adminSecret)
                  .region(Region.AWS_GLOBAL)
                  .build()) {
            return call.apply(iam);
          } catch (AwsServiceException e) {
            throw explain(e, what, userName);
          } catch (SdkClientException e) {
            throw unreachable(e);
          }
        });
  }

  private <
          B extends
              software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, ?>
                  & software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>>
      B configure(B builder, String keyId, String secret) {
    builder
        .httpClient(httpClient)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret)))
        .overrideConfiguration(
            ClientOverrideConfiguration.builder()
                .retryStrategy(software.amazon.awssdk.awscore.retry.AwsRetryStrategy.doNotRetry())
                .apiCallTimeout(timeout.multipliedBy(2))
                .build());
    endpoint.ifPresent(builder::endpointOverride);
    return builder;
  }

  private static <T> Uni<T> blocking(java.util.function.Supplier<T> call) {
    io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
    return ProviderHttp.onContext(
        context,
        Uni.createFrom().item(call).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
  }

  private static String code(AwsServiceException e) {
    return e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
  }

  private ProviderFailure unreachable(SdkClientException e) {
    boolean late =
        e instanceof software.amazon.awssdk.core.exception.ApiCallTimeoutException
            || e instanceof software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
    for (Throwable t = e; t != null && !late; t = t.getCause()) {
      late =
          t instanceof java.net.SocketTimeoutException
              || (t.getMessage() != null
                  && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("timed out"));
    }
    return new ProviderUnavailable(
        late
            ? "AWS did not answer within " + timeout.toSeconds() + " s"
            : "AWS could not be reached");
  }

  /** AWS's error as a failure a person can act on. */
  static ProviderFailure explain(AwsServiceException e, String what, String userName) {
    String code = code(e);
    String reason =
        ProviderHttp.excerpt(
            e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage());
    int status = e.statusCode();
    if (status >= 500 || "Throttling".equals(code) || "ServiceFailure".equals(code)) {
      return new ProviderUnavailable(
          "AWS could not " + what + " (" + code + ", " + status + "); KeyHaven tries again later");
    }
    return new ProviderFailure(
        switch (code) {
          case "LimitExceeded" ->
              "IAM user "
                  + userName
                  + " already has two access keys, the most AWS allows (LimitExceeded): delete"
                  + " the one no client uses, then run the rotation again";
          case "NoSuchEntity" ->
              "AWS found nothing to " + what + " (NoSuchEntity: " + reason + "); check user_name";
          case "InvalidClientTokenId", "SignatureDoesNotMatch" ->
              "AWS refused the connection's access key ("
                  + code
                  + "); connect again with a valid access key id and secret";
          case "AccessDenied", "AccessDeniedException" ->
              "The connection's access key may not "
                  + what
                  + " (AccessDenied); its IAM policy needs iam:CreateAccessKey,"
                  + " iam:UpdateAccessKey and iam:DeleteAccessKey on the user";
          default -> "AWS could not " + what + " (" + code + ", " + status + ": " + reason + ")";
        });
  }
}
