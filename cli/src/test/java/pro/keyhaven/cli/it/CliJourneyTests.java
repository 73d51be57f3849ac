package pro.keyhaven.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.cli.Cli;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.it.Accounts.Person;
import pro.keyhaven.cli.it.CliDriver.Result;

/**
 * The command line against the real local server (its own process, real PostgreSQL and Redis): a
 * developer's day from login to {@code run}, and the ways it must refuse.
 */
@QuarkusTest
@QuarkusTestResource(LocalServer.class)
class CliJourneyTests {

  static final String PASSWORD = "correct horse battery staple ☕";

  @Inject Cli cli;

  private CliDriver loggedIn(Person person) {
    CliDriver cli = new CliDriver(this.cli);
    Result login = cli.run(PASSWORD + "\n", "login", "--email", person.email(), "--password-stdin");
    assertThat(login.exit()).as(login.toString()).isZero();
    assertThat(login.out()).contains("Logged in").contains(person.email());
    return cli;
  }

  @Test
  void loginSetGetListExportAndRunWithTheChildsExitCode() throws Exception {
    Person dev = Accounts.signUp(PASSWORD);
    CliDriver cli = loggedIn(dev);

    assertThat(Files.getPosixFilePermissions(cli.sessionFile()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(cli.sessionFile().getParent()))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));

    Result created =
        cli.run(
            PASSWORD + "\nsk_test_first\n",
            "keys",
            "set",
            "stripe-secret",
            "--password-stdin",
            "--service",
            "stripe",
            "--environment",
            "production",
            "--tag",
            "payments");
    assertThat(created.exit()).as(created.toString()).isZero();
    assertThat(created.out()).contains("Created stripe-secret").contains("version 1");

    Result updated =
        cli.run(
            PASSWORD + "\nsk_live_51Second\"$'value\n",
            "keys",
            "set",
            "stripe-secret",
            "--password-stdin",
            "--environment",
            "production");
    assertThat(updated.exit()).as(updated.toString()).isZero();
    assertThat(updated.out()).contains("Updated stripe-secret").contains("version 2");

    cli.run(
        PASSWORD + "\nstaging-value\n",
        "keys",
        "set",
        "stripe-secret",
        "--password-stdin",
        "--environment",
        "staging");
    cli.run(
        PASSWORD + "\nghp_dev_token\n",
        "keys",
        "set",
        "github token",
        "--password-stdin",
        "--service",
        "github");

    Result list = cli.run("", "keys", "list");
    assertThat(list.exit()).isZero();
    assertThat(list.out())
        .contains("stripe-secret")
        .contains("github token")
        .contains("production");
    assertThat(list.out()).doesNotContain("sk_live_51Second");
    Result filtered = cli.run("", "keys", "list", "--environment", "staging", "--json");
    assertThat(filtered.out()).contains("\"stripe-secret\"").doesNotContain("github token");
    assertThat(cli.run("", "keys", "list", "--tag", "payments").out())
        .contains("stripe-secret")
        .doesNotContain("github token");
    assertThat(cli.run("", "keys", "list", "--service", "github").out())
        .contains("github token")
        .doesNotContain("stripe-secret");

    Result get =
        cli.run(
            PASSWORD + "\n",
            "keys",
            "get",
            "stripe-secret",
            "--environment",
            "production",
            "--password-stdin");
    assertThat(get.exit()).as(get.toString()).isZero();
    assertThat(get.out()).isEqualTo("sk_live_51Second\"$'value\n");
    assertThat(get.err()).isEmpty();

    Result ambiguous = cli.run(PASSWORD + "\n", "keys", "get", "stripe-secret", "--password-stdin");
    assertThat(ambiguous.exit()).isEqualTo(ExitCodes.ERROR);
    assertThat(ambiguous.err()).contains("2 keys are named stripe-secret");

    Result dotenv =
        cli.run(
            PASSWORD + "\n", "env", "export", "--environment", "production", "--password-stdin");
    assertThat(dotenv.exit()).as(dotenv.toString()).isZero();
    assertThat(dotenv.out()).isEqualTo("STRIPE_SECRET=\"sk_live_51Second\\\"\\$'value\"\n");
    Result json =
        cli.run(
            PASSWORD + "\n",
            "env",
            "export",
            "--environment",
            "development",
            "--format",
            "json",
            "--password-stdin",
            "--as",
            "github token=GH_TOKEN");
    assertThat(Accounts.JSON.readTree(json.out()).get("GH_TOKEN").asText())
        .isEqualTo("ghp_dev_token");
    Result shell =
        cli.run(
            PASSWORD + "\n",
            "env",
            "export",
            "--environment",
            "production",
            "--format",
            "shell",
            "--password-stdin");
    assertThat(shell.out()).isEqualTo("export STRIPE_SECRET='sk_live_51Second\"$'\\''value'\n");

    Result run =
        cli.run(
            PASSWORD + "\n",
            "run",
            "--environment",
            "production",
            "--password-stdin",
            "--",
            "sh",
            "-c",
            "printf '%s|' \"$STRIPE_SECRET\" \"${GITHUB_TOKEN:-unset}\"; exit 42");
    assertThat(run.exit()).as(run.toString()).isEqualTo(42);
    assertThat(run.out()).isEqualTo("sk_live_51Second\"$'value|unset|");

    Result renamed =
        cli.run(
            PASSWORD + "\n",
            "run",
            "--service",
            "github",
            "--as",
            "github token=GH",
            "--password-stdin",
            "--",
            "sh",
            "-c",
            "test \"$GH\" = ghp_dev_token");
    assertThat(renamed.exit()).as(renamed.toString()).isZero();

    Result clash = cli.run(PASSWORD + "\n", "run", "--password-stdin", "--", "true");
    assertThat(clash.exit()).isEqualTo(ExitCodes.ERROR);
    assertThat(clash.err()).contains("would both be STRIPE_SECRET");

    Result missing =
        cli.run(
            PASSWORD + "\n",
            "run",
            "-e",
            "production",
            "--password-stdin",
            "--",
            "/no/such/command-kh");
    assertThat(missing.exit()).isEqualTo(ExitCodes.COMMAND_NOT_FOUND);

    // Nothing secret is kept or logged: not in the command line's files, not in its log, not
    // in the server's output.
    String files = cli.filesContent();
    String cliLog = Files.readString(java.nio.file.Path.of("target", "cli-test.log"));
    String serverLog = Files.readString(LocalServer.log());
    for (String secret :
        new String[] {
          "sk_test_first", "sk_live_51Second", "staging-value", "ghp_dev_token", PASSWORD
        }) {
      assertThat(files).as("config files").doesNotContain(secret);
      assertThat(cliLog).as("command line log").doesNotContain(secret);
      assertThat(serverLog).as("server log").doesNotContain(secret);
    }
    assertThat(files).contains("refresh_token").contains("protected_user_key");
  }

  @Test
  void aWrongPasswordIsRefusedAndLeavesNoSession() {
    Person dev = Accounts.signUp(PASSWORD);
    CliDriver cli = new CliDriver(this.cli);
    Result wrong =
        cli.run("not the password\n", "login", "--email", dev.email(), "--password-stdin");
    assertThat(wrong.exit()).isEqualTo(ExitCodes.AUTH);
    assertThat(wrong.err()).contains("keyhaven: log in:").contains("request id");
    assertThat(cli.sessionFile()).doesNotExist();

    CliDriver good = loggedIn(dev);
    good.run(PASSWORD + "\nvalue-1\n", "keys", "set", "k1", "--password-stdin");
    Result get = good.run("wrong\n", "keys", "get", "k1", "--password-stdin");
    assertThat(get.exit()).isEqualTo(ExitCodes.AUTH);
    assertThat(get.err()).contains("wrong master password");
    assertThat(get.out()).isEmpty();
  }

  @Test
  void anIdleSessionLocksAndAnEndedOneAsksForLogin() throws Exception {
    Person dev = Accounts.signUp(PASSWORD);
    CliDriver cli = loggedIn(dev);
    assertThat(cli.run("", "keys", "list").exit()).isZero();

    cli.advance(Duration.ofMinutes(61));
    Result idle = cli.run("", "keys", "list");
    assertThat(idle.exit()).isEqualTo(ExitCodes.SESSION);
    assertThat(idle.err()).contains("locked after 60 idle minutes");
    assertThat(cli.run("", "keys", "list").exit()).isEqualTo(ExitCodes.SESSION);
    assertThat(cli.run("wrong\n", "unlock", "--password-stdin").exit()).isEqualTo(ExitCodes.AUTH);
    assertThat(cli.run(PASSWORD + "\n", "unlock", "--password-stdin").exit()).isZero();
    assertThat(cli.run("", "keys", "list").exit()).isZero();

    assertThat(cli.run("", "lock").exit()).isZero();
    assertThat(cli.run("", "keys", "list").err()).contains("locked: run keyhaven unlock");
    assertThat(cli.run(PASSWORD + "\n", "unlock", "--password-stdin").exit()).isZero();

    // The same sign-in ended elsewhere (a copy of the session logs out; access tokens expire).
    CliDriver other = new CliDriver(this.cli);
    Files.createDirectories(other.sessionFile().getParent());
    Files.copy(cli.sessionFile(), other.sessionFile());
    assertThat(other.run("", "logout").exit()).isZero();
    cli.advance(Duration.ofMinutes(16));
    Result ended = cli.run("", "keys", "list");
    assertThat(ended.exit()).isEqualTo(ExitCodes.SESSION);
    assertThat(ended.err()).contains("session has ended").contains("keyhaven login");
    assertThat(cli.sessionFile()).doesNotExist();
    assertThat(cli.run("", "keys", "list").err()).contains("not logged in");
  }

  @Test
  void aTeamKeySavedInTheDashboardOpensForAMemberAndTheReverse() {
    Person admin = Accounts.signUp(PASSWORD);
    Person dev = Accounts.signUp(PASSWORD);
    JsonNode team = Accounts.createTeam(admin, "Payments " + UUID.randomUUID());
    Accounts.addMember(admin, team, dev, "editor");
    Accounts.saveInDashboard(admin, team, "shared-stripe", "production", "sk_team_from_web");

    CliDriver cli = loggedIn(dev);
    Result list = cli.run("", "keys", "list", "--team", team.get("name").asText());
    assertThat(list.out()).contains("shared-stripe").contains(team.get("name").asText());
    Result get = cli.run(PASSWORD + "\n", "keys", "get", "shared-stripe", "--password-stdin");
    assertThat(get.exit()).as(get.toString()).isZero();
    assertThat(get.out()).isEqualTo("sk_team_from_web\n");

    Result set =
        cli.run(
            PASSWORD + "\nteam_value_from_cli\n",
            "keys",
            "set",
            "cli-made",
            "--team",
            team.get("id").asText(),
            "--password-stdin");
    assertThat(set.exit()).as(set.toString()).isZero();
    UUID id = UUID.fromString(set.out().replaceAll("(?s).*\\(([0-9a-f-]{36})\\).*", "$1").trim());
    JsonNode stored = Accounts.getKey(admin, id);
    assertThat(stored.get("team_id").asText()).isEqualTo(team.get("id").asText());
    assertThat(Accounts.openInDashboard(admin, team, stored)).isEqualTo("team_value_from_cli");
  }

  @Test
  void aPersonalKeyRoundTripsBetweenTheDashboardAndTheCommandLine() {
    Person dev = Accounts.signUp(PASSWORD);
    JsonNode fromWeb =
        Accounts.saveInDashboard(dev, null, "openai", "development", "sk-proj-émoji-🔑-web");
    CliDriver cli = loggedIn(dev);
    Result get = cli.run(PASSWORD + "\n", "keys", "get", "openai", "--password-stdin", "-n");
    assertThat(get.out()).isEqualTo("sk-proj-émoji-🔑-web");

    Result set =
        cli.run(PASSWORD + "\nsk-proj-from-cli-ü\n", "keys", "set", "openai", "--password-stdin");
    assertThat(set.out()).contains("version 2");
    JsonNode updated = Accounts.getKey(dev, UUID.fromString(fromWeb.get("id").asText()));
    assertThat(Accounts.openInDashboard(dev, null, updated)).isEqualTo("sk-proj-from-cli-ü");
  }

  @Test
  void usageReportingIsOptInAndHarmlessWhenTheServerHasNoUsageEndpoint() {
    Person dev = Accounts.signUp(PASSWORD);
    CliDriver cli = loggedIn(dev);
    cli.run(PASSWORD + "\nv\n", "keys", "set", "reported", "--password-stdin");
    Result run =
        cli.run(
            PASSWORD + "\n",
            "run",
            "--report-usage",
            "--password-stdin",
            "--",
            "sh",
            "-c",
            "exit 7");
    assertThat(run.exit()).isEqualTo(7);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void errorsAreOneLineWithExitCodesAndHelpIsEverywhere() {
    CliDriver cli = new CliDriver(this.cli);
    Result none = cli.run("", "keys", "list");
    assertThat(none.exit()).isEqualTo(ExitCodes.SESSION);
    assertThat(none.err()).isEqualTo("keyhaven: not logged in: run keyhaven login\n");

    for (String[] cmd :
        new String[][] {
          {"--help"},
          {"login", "--help"},
          {"logout", "--help"},
          {"lock", "--help"},
          {"unlock", "--help"},
          {"status", "--help"},
          {"keys", "--help"},
          {"keys", "list", "--help"},
          {"keys", "get", "--help"},
          {"keys", "set", "--help"},
          {"env", "--help"},
          {"env", "export", "--help"},
          {"run", "--help"}
        }) {
      Result help = cli.run("", cmd);
      assertThat(help.exit()).as(String.join(" ", cmd)).isZero();
      assertThat(help.out()).as(String.join(" ", cmd)).contains("Usage: keyhaven");
    }
    assertThat(cli.run("", "--help").out()).contains("Exit codes:");
    assertThat(cli.run("", "keys", "frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("", "env", "export", "--environment", "prod").exit())
        .isEqualTo(ExitCodes.USAGE);

    cli.env.put("KEYHAVEN_SERVER", "http://127.0.0.1:9");
    Result down = cli.run("pw\n", "login", "--email", "a@example.com", "--password-stdin");
    assertThat(down.exit()).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(down.err()).contains("cannot reach the KeyHaven server at http://127.0.0.1:9");
  }
}
