package pro.keyhaven.shared.http;

import io.vertx.core.http.HttpServerResponse;

/** The security headers of the product's design, set on every response. */
public final class SecurityHeaders {

  /**
   * Strict policy for the dashboard and the API: no inline script, no framing, no plugins.
   * 'wasm-unsafe-eval' lets libsodium (GitHub sealed boxes) compile its WebAssembly; it allows no
   * JavaScript eval.
   */
  public static final String CSP =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: https:; connect-src 'self'; object-src 'none'; "
          + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** Swagger UI ships inline bootstrap script; it is a developer page under /q only. */
  static final String CSP_DEV_UI =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: https:; object-src 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(HttpServerResponse response, String path) {
    response
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("X-Frame-Options", "DENY")
        .putHeader("X-XSS-Protection", "1; mode=block")
        .putHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        .putHeader(
            "Content-Security-Policy",
            path != null && path.startsWith("/q/swagger-ui") ? CSP_DEV_UI : CSP);
    if (path != null && (path.startsWith("/api/") || path.startsWith("/webhooks/"))) {
      // Answers may carry ciphertext and wrapped keys: never cache them anywhere.
      response.putHeader("Cache-Control", "no-store");
    } else if (path != null && path.startsWith("/assets/")) {
      // Dashboard assets carry a content hash in their name.
      response.putHeader("Cache-Control", "public, max-age=31536000, immutable");
    } else {
      response.putHeader("Cache-Control", "no-cache");
    }
  }
}
