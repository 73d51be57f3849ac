package pro.keyhaven.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.authentication.NoAuthScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every API call a test makes is checked against the OpenAPI document the application under test
 * serves ({@code /q/openapi?format=json}, fetched once per server): the response always, the
 * request whenever the server accepted it as well-formed. A call that drifts from the document
 * fails the test.
 *
 * <p>Requests the server refused for their own shape or credentials (400, 401, 413, 415) are
 * deliberate bad requests: only their responses are checked. With {@code
 * -Dkeyhaven.openapi.validation=report} violations are appended to {@code
 * target/openapi-violations.log} instead of failing, to count them.
 */
public final class OpenApiValidation {

  /** Answers whose request the test sent malformed on purpose. */
  private static final Set<Integer> REFUSED_REQUESTS = Set.of(400, 401, 413, 415);

  /** On a 404/405 the path or method may be unknown on purpose (an unknown route, a bad id). */
  private static final Set<String> UNKNOWN_ROUTE_KEYS =
      Set.of(
          "validation.request.path.missing",
          "validation.request.operation.notAllowed",
          "validation.request.parameter.schema.format",
          "validation.request.parameter.schema.pattern",
          "validation.response.path.missing",
          "validation.response.operation.notAllowed");

  private static final Map<String, OpenApiInteractionValidator> VALIDATORS =
      new ConcurrentHashMap<>();

  private static final Filter FILTER = new ValidatingFilter();

  private OpenApiValidation() {}

  /** The rest-assured filter. */
  public static Filter filter() {
    return FILTER;
  }

  /** Adds the filter to rest-assured's global filters, once. */
  public static synchronized void install() {
    if (RestAssured.filters().stream().noneMatch(f -> f instanceof ValidatingFilter)) {
      RestAssured.filters(FILTER);
    }
  }

  /** Whether a path is part of the documented API (health, the document and assets are not). */
  static boolean documented(String path) {
    return path.startsWith("/api/") || path.startsWith("/webhooks/");
  }

  /** The violations of one exchange, after the rules above. */
  static List<ValidationReport.Message> violations(
      OpenApiInteractionValidator validator, Request request, Response response) {
    int status = response.statusCode();
    ValidationReport report =
        validator.validateResponse(
            request.getPath(), request.getMethod(), RestAssuredResponse.of(response));
    if (!REFUSED_REQUESTS.contains(status)) {
      report = report.merge(validator.validateRequest(request));
    }
    boolean unknownRouteAllowed = status == 404 || status == 405;
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .filter(
            m ->
                !(unknownRouteAllowed
                    && UNKNOWN_ROUTE_KEYS.stream().anyMatch(k -> m.getKey().startsWith(k))))
        .toList();
  }

  private static OpenApiInteractionValidator validatorFor(String base) {
    return VALIDATORS.computeIfAbsent(
        base, b -> OpenApiInteractionValidator.createForInlineApiSpecification(fetch(b)).build());
  }

  private static String fetch(String base) {
    try {
      HttpResponse<String> answer =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
                      .timeout(Duration.ofSeconds(60))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("GET /q/openapi answered " + answer.statusCode());
      }
      // Kept beside the test reports, to read what the tests were checked against.
      Files.writeString(Path.of("target", "openapi-served.json"), answer.body());
      return answer.body();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the OpenAPI document of " + base, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final class ValidatingFilter implements Filter {
    @Override
    public Response filter(
        FilterableRequestSpecification requestSpec,
        FilterableResponseSpecification responseSpec,
        FilterContext ctx) {
      Response response = ctx.next(requestSpec, responseSpec);
      URI uri = URI.create(requestSpec.getURI());
      // A CORS preflight is answered by the HTTP layer for every path; it is no API operation.
      if (!documented(uri.getPath()) || "OPTIONS".equalsIgnoreCase(requestSpec.getMethod())) {
        return response;
      }
      String base = uri.getScheme() + "://" + uri.getAuthority();
      Request request = RestAssuredRequest.of(requestSpec);
      // given().auth().oauth2(token) adds its header after the filters run: the token is there.
      boolean schemeAuth = !(requestSpec.getAuthenticationScheme() instanceof NoAuthScheme);
      List<ValidationReport.Message> found =
          violations(validatorFor(base), request, response).stream()
              .filter(
                  m -> !(schemeAuth && m.getKey().equals("validation.request.security.missing")))
              .toList();
      if (found.isEmpty()) {
        return response;
      }
      String exchange =
          requestSpec.getMethod() + " " + uri.getPath() + " -> " + response.statusCode();
      String text =
          found.stream()
              .map(m -> exchange + ": [" + m.getKey() + "] " + m.getMessage())
              .collect(Collectors.joining("\n"));
      if ("report".equals(System.getProperty("keyhaven.openapi.validation"))) {
        try {
          Files.writeString(
              Path.of("target", "openapi-violations.log"),
              text + "\n",
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        return response;
      }
      throw new AssertionError(
          "The exchange does not match the served OpenAPI document:\n"
              + text
              + "\nresponse body: "
              + response.asString());
    }
  }
}
