package pro.keyhaven.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import pro.keyhaven.infra.app.AppConfig;
import pro.keyhaven.infra.app.Compliance;
import pro.keyhaven.infra.app.KeyHavenStack;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Validations;

/** The CDK app: {@code cdk synth -c stage=dev|prod} runs this (see cdk.json and the README). */
public final class KeyHavenApp {

  private KeyHavenApp() {}

  public static void main(String[] args) {
    App app = new App();
    compose(app);
    app.synth();
  }

  /**
   * Adds the stack that the app's context asks for, with the AWS Solutions checks (cdk-nag): a
   * finding {@link Compliance} does not accept fails {@code cdk synth} and {@code cdk deploy}.
   * Tests call this with their own context.
   */
  public static KeyHavenStack compose(App app) {
    KeyHavenStack stack =
        new KeyHavenStack(app, AppConfig.fromContext(app.getNode()::tryGetContext));
    stack.setNagFindings(Compliance.acknowledge(stack, stack.config().stage()));
    Validations.of(app)
        .addPlugins(new AwsSolutionsChecks(app, NagPackProps.builder().verbose(true).build()));
    return stack;
  }
}
