package pro.keyhaven.shared.http;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request id: echoed from {@code X-Request-Id} when it is well formed, otherwise made. */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "request_id";

  /** Printable and short, so an echoed id can never inject into a log line or a header. */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

  private RequestIds() {}

  /** The id to use for a request that carried {@code incoming} (may be null). */
  public static String accept(String incoming) {
    return incoming != null && SAFE.matcher(incoming).matches()
        ? incoming
        : UUID.randomUUID().toString();
  }

  /** The id {@link RequestContextFilter} gave this request. */
  public static String of(HttpServerRequest request) {
    String id = request == null ? null : request.headers().get(HEADER);
    return id == null ? "unknown" : id;
  }
}
