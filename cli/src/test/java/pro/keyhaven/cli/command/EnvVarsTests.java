package pro.keyhaven.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import pro.keyhaven.cli.CliException;

/** How key names become variable names, and how values are written for dotenv. */
class EnvVarsTests {

  @Test
  void keyNamesBecomeUpperCaseShellNames() {
    assertThat(EnvVars.variableName("stripe-live")).isEqualTo("STRIPE_LIVE");
    assertThat(EnvVars.variableName("github token")).isEqualTo("GITHUB_TOKEN");
    assertThat(EnvVars.variableName("OpenAI.key/prod")).isEqualTo("OPENAI_KEY_PROD");
    assertThat(EnvVars.variableName("2fa-seed")).isEqualTo("_2FA_SEED");
    assertThat(EnvVars.variableName("clé")).isEqualTo("CL_");
    assertThat(EnvVars.VARIABLE.matcher(EnvVars.variableName("a b-c.d")).matches()).isTrue();
  }

  @Test
  void overridesNeedAKeyNameAndAValidVariable() {
    assertThat(EnvVars.overrides(List.of("github token=GH", "a=b=C_1")))
        .containsEntry("github token", "GH")
        .containsEntry("a=b", "C_1");
    assertThatThrownBy(() -> EnvVars.overrides(List.of("=X"))).isInstanceOf(CliException.class);
    assertThatThrownBy(() -> EnvVars.overrides(List.of("k=1X"))).isInstanceOf(CliException.class);
    assertThatThrownBy(() -> EnvVars.overrides(List.of("k=A B"))).isInstanceOf(CliException.class);
  }

  @Test
  void dotenvValuesAreQuotedWithEveryMetaCharacterEscaped() {
    assertThat(EnvExportCommand.dotenv("plain")).isEqualTo("\"plain\"");
    assertThat(EnvExportCommand.dotenv("a\"b\\c$d\ne\rf")).isEqualTo("\"a\\\"b\\\\c\\$d\\ne\\rf\"");
  }
}
