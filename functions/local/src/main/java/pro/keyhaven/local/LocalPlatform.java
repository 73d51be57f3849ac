package pro.keyhaven.local;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the whole platform on this machine: the services it needs first (embedded when none is
 * configured), then every API area in one HTTP server.
 */
@QuarkusMain
public class LocalPlatform implements QuarkusApplication {

  public static void main(String... args) {
    LocalServices services = LocalServices.start(System.getenv());
    services.publishTo(System::setProperty);
    Runtime.getRuntime().addShutdownHook(new Thread(services::close));
    Quarkus.run(LocalPlatform.class, args);
  }

  @Override
  public int run(String... args) {
    Quarkus.waitForExit();
    return 0;
  }
}
