package pro.keyhaven.shared.security;

import io.vertx.core.http.HttpServerRequest;

/** Where a request came from, as far as the audit log cares. */
public record ClientInfo(String ipAddress, String userAgent) {

  public static final ClientInfo NONE = new ClientInfo(null, null);

  public ClientInfo {
    ipAddress = clip(ipAddress, 45);
    userAgent = clip(userAgent, 512);
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
