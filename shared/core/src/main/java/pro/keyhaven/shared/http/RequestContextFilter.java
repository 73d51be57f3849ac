package pro.keyhaven.shared.http;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.MDC;
import pro.keyhaven.shared.config.KeyHavenConfig;
import pro.keyhaven.shared.error.ApiErrors;
import pro.keyhaven.shared.error.ErrorMapping;
import pro.keyhaven.shared.security.ClientInfo;

/**
 * First thing every request meets: gives it a request id (response header, MDC for every log line),
 * puts the security headers on the response and refuses oversized bodies with the API error body.
 */
@ApplicationScoped
public class RequestContextFilter {

  /** The one endpoint whose body carries a whole team's items. */
  private static final java.util.regex.Pattern ROTATION =
      java.util.regex.Pattern.compile("/api/teams/[0-9a-fA-F-]{36}/rotate-key");

  /** The usage report, whose body carries up to 1,000 events. */
  private static final String USAGE = "/api/usage";

  /** The longest request target (path and query) the API reads: 414 past it. */
  static final int MAX_URI_CHARS = 4096;

  /** The most header text (names and values) the API reads: 431 past it. */
  static final int MAX_HEADER_CHARS = 16384;

  private final KeyHavenConfig config;

  public RequestContextFilter(KeyHavenConfig config) {
    this.config = config;
  }

  @RouteFilter(RouteFilter.DEFAULT_PRIORITY + 100)
  void filter(RoutingContext ctx) {
    var request = ctx.request();
    String requestId = RequestIds.accept(request.getHeader(RequestIds.HEADER));
    // Downstream code (exception mappers, audit) reads the id back from the request.
    request.headers().set(RequestIds.HEADER, requestId);
    MDC.put(RequestIds.MDC_KEY, requestId);

    var response = ctx.response();
    response.putHeader(RequestIds.HEADER, requestId);
    SecurityHeaders.apply(response, request.path());

    // The server's own limits (quarkus.http.limits) sit far above these, so an oversized request
    // line or header block reaches this filter and gets the error body, not the HTTP server's bare
    // 414/431.
    if (request.uri() != null && request.uri().length() > MAX_URI_CHARS) {
      response.putHeader("Connection", "close");
      ApiErrors.write(response, ErrorMapping.uriTooLong(), requestId);
      return;
    }
    if (headerChars(request) > MAX_HEADER_CHARS) {
      response.putHeader("Connection", "close");
      ApiErrors.write(response, ErrorMapping.headersTooLarge(), requestId);
      return;
    }

    var originSecret = config.http().originSecret();
    if (originSecret.isPresent() && EdgeOrigin.guards(request.path())) {
      if (!EdgeOrigin.verified(request.getHeader(EdgeOrigin.SECRET_HEADER), originSecret.get())) {
        ApiErrors.write(response, ErrorMapping.originRequired(), requestId);
        return;
      }
      // Nothing downstream needs the secret: it is never logged or echoed.
      request.headers().remove(EdgeOrigin.SECRET_HEADER);
      String viewer = EdgeOrigin.viewerIp(request.getHeader(EdgeOrigin.VIEWER_HEADER));
      if (viewer != null) {
        ctx.put(ClientInfo.VIEWER_IP, viewer);
      }
    }

    if (tooLarge(request.method(), request.path(), request.getHeader("Content-Length"))) {
      response.putHeader("Connection", "close");
      ApiErrors.write(response, ErrorMapping.payloadTooLarge(), requestId);
      return;
    }
    if (unmeasured(request.method(), request.path(), request)) {
      // A chunked body announces no size, so the cap above cannot apply before it is read: API
      // bodies are small JSON documents, and a client that cannot say how long one is gets 411.
      response.putHeader("Connection", "close");
      ApiErrors.write(response, ErrorMapping.lengthRequired(), requestId);
      return;
    }
    ctx.addEndHandler(done -> MDC.remove(RequestIds.MDC_KEY));
    ctx.next();
  }

  private static int headerChars(io.vertx.core.http.HttpServerRequest request) {
    int total = 0;
    for (var header : request.headers()) {
      total += header.getKey().length() + header.getValue().length() + 4;
    }
    return total;
  }

  private static boolean unmeasured(
      HttpMethod method, String path, io.vertx.core.http.HttpServerRequest request) {
    if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
      return false;
    }
    if (path == null || ROTATION.matcher(path).matches()) {
      return false;
    }
    String te = request.getHeader("Transfer-Encoding");
    return request.getHeader("Content-Length") == null
        && te != null
        && te.toLowerCase(java.util.Locale.ROOT).contains("chunked");
  }

  private boolean tooLarge(HttpMethod method, String path, String contentLength) {
    if (contentLength == null || method == HttpMethod.GET || method == HttpMethod.HEAD) {
      return false;
    }
    long limit =
        path != null && ROTATION.matcher(path).matches()
            ? config.http().maxRotationBodyBytes()
            : USAGE.equals(path) ? config.http().maxUsageBodyBytes() : config.http().maxBodyBytes();
    try {
      return Long.parseLong(contentLength.trim()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
