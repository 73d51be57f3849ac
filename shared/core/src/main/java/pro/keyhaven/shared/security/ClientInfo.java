package pro.keyhaven.shared.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/** Where a request came from, as far as the audit log cares. */
public record ClientInfo(String ipAddress, String userAgent) {

  public static final ClientInfo NONE = new ClientInfo(null, null);

  /**
   * Routing-context key of the viewer's address that CloudFront named on a request carrying the
   * origin secret ({@code RequestContextFilter}); absent, the connection's address is the caller's.
   */
  public static final String VIEWER_IP = "keyhaven.viewer-ip";

  public ClientInfo {
    ipAddress = clip(ipAddress, 45);
    userAgent = clip(userAgent, 512);
  }

  public static ClientInfo of(RoutingContext context) {
    if (context == null) {
      return NONE;
    }
    String viewer = context.get(VIEWER_IP);
    HttpServerRequest request = context.request();
    return viewer != null
        ? new ClientInfo(viewer, request == null ? null : request.getHeader("User-Agent"))
        : of(request);
  }

  public static ClientInfo of(HttpServerRequest request) {
    if (request == null) {
      return NONE;
    }
    String ip = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    return new ClientInfo(ip, request.getHeader("User-Agent"));
  }

  private static String clip(String s, int max) {
    if (s == null) {
      return null;
    }
    String printable = s.replaceAll("[\\p{Cntrl}]", "");
    return printable.length() <= max ? printable : printable.substring(0, max);
  }
}
