package pro.keyhaven.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Puts {@link OpenApiValidation} on every {@code @QuarkusTest} of a module that uses this test
 * support: no API test runs unvalidated.
 */
public class OpenApiValidationCallback implements QuarkusTestBeforeEachCallback {

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    OpenApiValidation.install();
  }
}
