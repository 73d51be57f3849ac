package pro.keyhaven.shared.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * Requests in AWS come through CloudFront, which adds a secret header to each one it forwards, and
 * whose viewer-request function on the API paths writes the viewer's address into {@code
 * X-Viewer-Address} (overwriting whatever the viewer sent under that name). The HTTP API's own
 * address would skip CloudFront and its WAF: without the secret a request is refused, and only a
 * request that carries it may name its viewer.
 */
public final class EdgeOrigin {

  /** The header CloudFront adds with the origin secret. */
  public static final String SECRET_HEADER = "X-Origin-Verify";

  /** The viewer's IP address as CloudFront saw it ({@code event.viewer.ip}). */
  public static final String VIEWER_HEADER = "X-Viewer-Address";

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private EdgeOrigin() {}

  /**
   * The paths CloudFront forwards to the functions (the API and the webhooks); the others (the
   * health and OpenAPI endpoints under {@code /q}) are not routed by API Gateway at all.
   */
  public static boolean guards(String path) {
    return path != null && (path.startsWith("/api/") || path.startsWith("/webhooks/"));
  }

  /** Constant-time comparison of the header with the configured secret. */
  public static boolean verified(String sent, String secret) {
    if (sent == null || secret == null || secret.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(
        sent.getBytes(StandardCharsets.UTF_8), secret.trim().getBytes(StandardCharsets.UTF_8));
  }

  /** The viewer's IP address ({@code 198.51.100.10}, {@code 2001:db8::1}), or null if not one. */
  public static String viewerIp(String header) {
    if (header == null) {
      return null;
    }
    String ip = header.trim();
    if (IPV4.matcher(ip).matches()) {
      return ip;
    }
    return ip.indexOf(':') >= 0 && IPV6.matcher(ip).matches() ? ip : null;
  }
}
