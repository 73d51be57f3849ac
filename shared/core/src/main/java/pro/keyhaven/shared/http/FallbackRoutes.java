package pro.keyhaven.shared.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import pro.keyhaven.shared.error.ApiErrors;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.error.ErrorMapping;

/**
 * Answers what no resource handled under the API prefixes (unknown routes) and failures raised
 * below JAX-RS (e.g. body limits) with the API error body instead of the framework's page.
 */
@ApplicationScoped
public class FallbackRoutes {

  private static final Logger LOG = Logger.getLogger(FallbackRoutes.class);

  void install(@Observes Router router) {
    router
        .routeWithRegex("/(api|webhooks)(/.*)?")
        .order(Integer.MAX_VALUE - 100)
        .handler(
            ctx ->
                ApiErrors.write(
                    ctx.response(), ErrorMapping.fromStatus(404), RequestIds.of(ctx.request())));
    router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
  }

  private void failure(RoutingContext ctx) {
    String requestId = RequestIds.of(ctx.request());
    ApiException mapped = ctx.failure() == null ? null : ErrorMapping.map(ctx.failure());
    if (mapped != null && mapped.status() >= 500 && mapped.status() != 503) {
      LOG.errorf(ctx.failure(), "Unhandled failure [request_id=%s]", requestId);
      mapped = ErrorMapping.internal();
    }
    if (mapped == null) {
      int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
      if (status >= 500) {
        LOG.errorf(ctx.failure(), "Unhandled failure [request_id=%s]", requestId);
      }
      mapped = ErrorMapping.fromStatus(status);
    }
    ApiErrors.write(ctx.response(), mapped, requestId);
  }
}
