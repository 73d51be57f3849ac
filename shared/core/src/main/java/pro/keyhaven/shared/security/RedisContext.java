package pro.keyhaven.shared.security;

import io.smallrye.mutiny.Uni;

/**
 * Redis answers on its own connection's event loop; the caller's reactive database session is bound
 * to the request's context, so an answer must come back there before the caller goes on.
 */
public final class RedisContext {

  private RedisContext() {}

  /** {@code answer}, delivered on the calling Vert.x context (as is, outside one). */
  public static <T> Uni<T> onCaller(Uni<T> answer) {
    io.vertx.core.Context caller = io.vertx.core.Vertx.currentContext();
    return caller == null
        ? answer
        : answer.emitOn(task -> caller.runOnContext(ignored -> task.run()));
  }
}
