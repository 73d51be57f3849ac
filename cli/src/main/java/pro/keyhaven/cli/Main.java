package pro.keyhaven.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;

/** {@code keyhaven}: runs one command with this process's streams and exits with its code. */
@QuarkusMain
public class Main implements QuarkusApplication {

  @Inject Cli cli;

  public static void main(String... args) {
    Quarkus.run(Main.class, args);
  }

  @Override
  public int run(String... args) {
    return cli.execute(Invocation.system(), args);
  }
}
