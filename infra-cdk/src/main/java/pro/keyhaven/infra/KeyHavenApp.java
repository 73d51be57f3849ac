package pro.keyhaven.infra;

import pro.keyhaven.infra.app.AppConfig;
import pro.keyhaven.infra.app.KeyHavenStack;
import software.amazon.awscdk.App;

/** The CDK app: {@code cdk synth -c stage=dev|prod} runs this (see cdk.json and the README). */
public final class KeyHavenApp {

  private KeyHavenApp() {}

  public static void main(String[] args) {
    App app = new App();
    compose(app);
    app.synth();
  }

  /** Adds the stack that the app's context asks for; tests call this with their own context. */
  public static KeyHavenStack compose(App app) {
    return new KeyHavenStack(app, AppConfig.fromContext(app.getNode()::tryGetContext));
  }
}
