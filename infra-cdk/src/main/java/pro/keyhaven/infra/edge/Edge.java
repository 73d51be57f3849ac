package pro.keyhaven.infra.edge;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.Function;
import software.amazon.awscdk.services.cloudfront.FunctionAssociation;
import software.amazon.awscdk.services.cloudfront.FunctionCode;
import software.amazon.awscdk.services.cloudfront.FunctionEventType;
import software.amazon.awscdk.services.cloudfront.FunctionRuntime;
import software.amazon.awscdk.services.cloudfront.HeadersFrameOption;
import software.amazon.awscdk.services.cloudfront.HeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.IOrigin;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentSecurityPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentTypeOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersFrameOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersStrictTransportSecurity;
import software.amazon.awscdk.services.cloudfront.ResponseSecurityHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * The one public entry point: a CloudFront distribution guarded by a WAF web ACL that serves the
 * web dashboard from a private S3 bucket (origin access control) and sends {@code /api/*} and
 * {@code /webhooks/*} to the HTTP API uncached, with the security headers on every response.
 */
public class Edge extends Construct {

  /**
   * The one Content-Security-Policy of the dashboard and the API: the same text as the functions'
   * own header ({@code shared/core}'s {@code SecurityHeaders.CSP}; a synthesis test compares it
   * with the built functions), since CloudFront's header replaces theirs. 'wasm-unsafe-eval' lets
   * the dashboard compile libsodium's WebAssembly; it allows no JavaScript eval.
   */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: https:; connect-src 'self'; object-src 'none'; "
          + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** The header that carries the origin secret to the functions ({@code EdgeOrigin}). */
  public static final String ORIGIN_SECRET_HEADER = "X-Origin-Verify";

  /** The header the API behaviours' viewer-request function writes the viewer's address into. */
  public static final String VIEWER_ADDRESS_HEADER = "X-Viewer-Address";

  /**
   * @param apiEndpoint the HTTP API's {@code https://...} endpoint
   * @param originSecret added by CloudFront to every API request; the functions refuse requests
   *     without it, so the HTTP API's own address leads nowhere
   * @param contentSecurityPolicy the dashboard does all crypto in the page, so nothing but our own
   *     origin may load scripts or be framed around it
   */
  public record Props(
      String stageId,
      String apiEndpoint,
      ISecret originSecret,
      int wafRequestsPerFiveMinutesPerIp,
      RemovalPolicy removalPolicy,
      String contentSecurityPolicy,
      IBucket accessLogs,
      RetentionDays logRetention) {

    /**
     * @param accessLogs receives CloudFront's and the web bucket's access logs
     * @param logRetention how long the WAF's logs are kept
     */
    public static Props of(
        String stageId,
        String apiEndpoint,
        ISecret originSecret,
        int wafRequestsPerFiveMinutesPerIp,
        RemovalPolicy removalPolicy,
        IBucket accessLogs,
        RetentionDays logRetention) {
      return new Props(
          stageId,
          apiEndpoint,
          originSecret,
          wafRequestsPerFiveMinutesPerIp,
          removalPolicy,
          CONTENT_SECURITY_POLICY,
          accessLogs,
          logRetention);
    }
  }

  /** Client-side routes of the single-page app have no object in S3; serve index.html instead. */
  private static final String SPA_REWRITE =
      """
      function handler(event) {
        var request = event.request;
        if (request.uri.indexOf('.') === -1) {
          request.uri = '/index.html';
        }
        return request;
      }
      """;

  /**
   * On the API paths: the viewer's address as CloudFront saw it, in a header the viewer cannot set
   * (any value it sent under that name is replaced). The functions believe it only on a request
   * that carries the origin secret.
   */
  private static final String VIEWER_ADDRESS =
      """
      function handler(event) {
        var request = event.request;
        request.headers['x-viewer-address'] = { value: event.viewer.ip };
        return request;
      }
      """;

  private final Bucket webBucket;
  private final WebAcl webAcl;
  private final Distribution distribution;

  public Edge(Construct scope, String id, Props props) {
    super(scope, id);
    boolean disposable = props.removalPolicy() == RemovalPolicy.DESTROY;
    webBucket =
        Bucket.Builder.create(this, "WebBucket")
            .encryption(BucketEncryption.S3_MANAGED)
            .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
            .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
            .enforceSsl(true)
            .serverAccessLogsBucket(props.accessLogs())
            .serverAccessLogsPrefix("s3/web/")
            .removalPolicy(props.removalPolicy())
            .autoDeleteObjects(disposable)
            .build();

    webAcl =
        new WebAcl(
            this,
            "WebAcl",
            WebAcl.Props.of(
                "keyhaven-" + props.stageId(),
                props.wafRequestsPerFiveMinutesPerIp(),
                props.logRetention(),
                props.removalPolicy()));

    ResponseHeadersPolicy securityHeaders =
        ResponseHeadersPolicy.Builder.create(this, "SecurityHeaders")
            .comment("KeyHaven security headers (" + props.stageId() + ")")
            .securityHeadersBehavior(
                ResponseSecurityHeadersBehavior.builder()
                    .strictTransportSecurity(
                        ResponseHeadersStrictTransportSecurity.builder()
                            .accessControlMaxAge(Duration.days(365))
                            .includeSubdomains(true)
                            .override(true)
                            .build())
                    .contentTypeOptions(
                        ResponseHeadersContentTypeOptions.builder().override(true).build())
                    .frameOptions(
                        ResponseHeadersFrameOptions.builder()
                            .frameOption(HeadersFrameOption.DENY)
                            .override(true)
                            .build())
                    .contentSecurityPolicy(
                        ResponseHeadersContentSecurityPolicy.builder()
                            .contentSecurityPolicy(props.contentSecurityPolicy())
                            .override(true)
                            .build())
                    .referrerPolicy(
                        ResponseHeadersReferrerPolicy.builder()
                            .referrerPolicy(HeadersReferrerPolicy.NO_REFERRER)
                            .override(true)
                            .build())
                    .build())
            .build();

    Function spaRewrite =
        Function.Builder.create(this, "SpaRewrite")
            .runtime(FunctionRuntime.JS_2_0)
            .comment("Serve index.html for the dashboard's client-side routes")
            .code(FunctionCode.fromInline(SPA_REWRITE))
            .build();

    Function viewerAddress =
        Function.Builder.create(this, "ViewerAddress")
            .runtime(FunctionRuntime.JS_2_0)
            .comment("Name the viewer's address to the API functions")
            .code(FunctionCode.fromInline(VIEWER_ADDRESS))
            .build();

    // The HTTP API's host name, from https://<id>.execute-api.<region>.amazonaws.com. The secret
    // header is a dynamic reference: its value is resolved at deploy, never in the template.
    IOrigin apiOrigin =
        HttpOrigin.Builder.create(Fn.select(2, Fn.split("/", props.apiEndpoint())))
            .protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY)
            .customHeaders(
                Map.of(ORIGIN_SECRET_HEADER, props.originSecret().getSecretValue().unsafeUnwrap()))
            .build();
    BehaviorOptions api =
        BehaviorOptions.builder()
            .origin(apiOrigin)
            .viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
            .allowedMethods(AllowedMethods.ALLOW_ALL)
            .cachePolicy(CachePolicy.CACHING_DISABLED)
            // API Gateway routes on its own host name, so the viewer's Host must not reach it.
            .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER)
            .responseHeadersPolicy(securityHeaders)
            .functionAssociations(
                List.of(
                    FunctionAssociation.builder()
                        .eventType(FunctionEventType.VIEWER_REQUEST)
                        .function(viewerAddress)
                        .build()))
            .build();

    distribution =
        Distribution.Builder.create(this, "Distribution")
            .comment("KeyHaven (" + props.stageId() + ")")
            .defaultRootObject("index.html")
            .httpVersion(HttpVersion.HTTP2_AND_3)
            .priceClass(PriceClass.PRICE_CLASS_100)
            .webAclId(webAcl.arn())
            // Standard logs (no cookies): who asked for what, for audits and abuse reports.
            .enableLogging(true)
            .logBucket(props.accessLogs())
            .logFilePrefix("cloudfront/")
            .logIncludesCookies(false)
            .defaultBehavior(
                BehaviorOptions.builder()
                    .origin(S3BucketOrigin.withOriginAccessControl(webBucket))
                    .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                    .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                    .responseHeadersPolicy(securityHeaders)
                    .functionAssociations(
                        List.of(
                            FunctionAssociation.builder()
                                .eventType(FunctionEventType.VIEWER_REQUEST)
                                .function(spaRewrite)
                                .build()))
                    .build())
            .additionalBehaviors(Map.of("/api/*", api, "/webhooks/*", api))
            .build();
  }

  /** {@code https://<distribution domain>}: the dashboard's origin, which CORS must allow. */
  public String origin() {
    return "https://" + distribution.getDistributionDomainName();
  }

  public Distribution distribution() {
    return distribution;
  }

  public IBucket webBucket() {
    return webBucket;
  }

  public WebAcl webAcl() {
    return webAcl;
  }
}
