package pro.keyhaven.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.cli.Cli;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.it.Accounts.Person;
import pro.keyhaven.cli.it.CliDriver.Result;

/**
 * Machine tokens for CI against the real local server: created by a team admin on their machine,
 * used by {@code run} with no password and no files, limited to the one team, audited, revoked.
 */
@QuarkusTest
@QuarkusTestResource(LocalServer.class)
class MachineTokenTests {

  static final String PASSWORD = "machine tests password";

  @Inject Cli cli;

  @Test
  void aMachineTokenRunsWithoutAPasswordSeesOnlyItsTeamAndStopsWhenRevoked() throws Exception {
    Person admin = Accounts.signUp(PASSWORD);
    JsonNode team = Accounts.createTeam(admin, "Deploy " + UUID.randomUUID());
    JsonNode otherTeam = Accounts.createTeam(admin, "Other " + UUID.randomUUID());
    Accounts.saveInDashboard(admin, team, "deploy-token", "production", "dpl_for_ci");
    Accounts.saveInDashboard(admin, team, "staging-token", "staging", "stg_for_ci");
    JsonNode personal =
        Accounts.saveInDashboard(admin, null, "admin-only", "production", "personal_value");
    JsonNode elsewhere =
        Accounts.saveInDashboard(admin, otherTeam, "other-team", "production", "other_value");

    CliDriver adminCli = new CliDriver(cli);
    assertThat(
            adminCli
                .run(PASSWORD + "\n", "login", "--email", admin.email(), "--password-stdin")
                .exit())
        .isZero();
    Result created =
        adminCli.run(
            PASSWORD + "\n",
            "machines",
            "create",
            "--team",
            team.get("name").asText(),
            "--name",
            "github-actions",
            "--password-stdin");
    assertThat(created.exit()).as(created.toString()).isZero();
    String token = created.out().strip();
    assertThat(token).startsWith("khm1.");
    assertThat(created.err()).contains("shown only now");
    String machineId = token.split("\\.")[1];
    String secret = token.split("\\.")[2];

    // The server keeps a hash of the secret and the public key, never the token.
    assertThat(
            LocalServer.column(
                "SELECT token_hash FROM machine_identities WHERE id = ?::uuid", machineId))
        .containsExactly(sha256Hex(secret));
    assertThat(
            LocalServer.column(
                "SELECT count(*) FROM machine_identities m JOIN users u ON u.id = m.id"
                    + " WHERE m.token_hash LIKE '%' || ? || '%' OR u.email LIKE '%' || ? || '%'",
                secret, secret))
        .containsExactly("0");

    CliDriver ci = new CliDriver(cli);
    ci.env.put("KEYHAVEN_TOKEN", token);
    Result run =
        ci.run(
            "",
            "run",
            "--environment",
            "production",
            "--",
            "sh",
            "-c",
            "printf %s \"$DEPLOY_TOKEN\"; test -z \"$KEYHAVEN_TOKEN\" || exit 9");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("dpl_for_ci");

    Result list = ci.run("", "keys", "list");
    assertThat(list.out()).contains("deploy-token").contains("staging-token");
    assertThat(list.out()).doesNotContain("admin-only").doesNotContain("other-team");
    assertThat(ci.run("", "keys", "get", "staging-token").out()).isEqualTo("stg_for_ci\n");

    Result personalKey = ci.run("", "keys", "get", "--id", personal.get("id").asText());
    assertThat(personalKey.exit()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(personalKey.err()).contains("request id");
    assertThat(ci.run("", "keys", "get", "--id", elsewhere.get("id").asText()).exit())
        .isEqualTo(ExitCodes.NOT_FOUND);

    Result write =
        ci.run("changed\n", "keys", "set", "deploy-token", "--team", team.get("id").asText());
    assertThat(write.exit()).as(write.toString()).isEqualTo(ExitCodes.FORBIDDEN);
    assertThat(ci.filesContent()).isEmpty();

    Result machines = adminCli.run("", "machines", "list", "--team", team.get("id").asText());
    assertThat(machines.out()).contains(machineId).contains("github-actions").contains("active");
    assertThat(machines.out()).doesNotContain("never");
    assertThat(
            LocalServer.column(
                "SELECT action FROM audit_logs WHERE tenant_id = ?::uuid AND user_id = ?::uuid",
                team.get("id").asText(),
                machineId))
        .contains("machine.login", "key.read");

    assertThat(
            adminCli
                .run("", "machines", "revoke", "--team", team.get("id").asText(), machineId)
                .exit())
        .isZero();
    Result revoked = ci.run("", "run", "--", "true");
    assertThat(revoked.exit()).isEqualTo(ExitCodes.AUTH);
    assertThat(revoked.err()).contains("invalid or revoked");

    CliDriver forged = new CliDriver(cli);
    forged.env.put("KEYHAVEN_TOKEN", "khm1.not-a-token");
    assertThat(forged.run("", "keys", "list").exit()).isEqualTo(ExitCodes.AUTH);
  }

  @Test
  void aScopedMachineSeesOnlyTheEnvironmentsAndTagsItWasGiven() throws Exception {
    Person admin = Accounts.signUp(PASSWORD);
    JsonNode team = Accounts.createTeam(admin, "Scoped " + UUID.randomUUID());
    Accounts.saveInDashboard(admin, team, "deploy-key", "production", "in_scope", "deploy");
    JsonNode untagged =
        Accounts.saveInDashboard(admin, team, "billing-key", "production", "no_tag", "billing");
    JsonNode staging =
        Accounts.saveInDashboard(admin, team, "staging-deploy", "staging", "wrong_env", "deploy");

    CliDriver adminCli = new CliDriver(cli);
    assertThat(
            adminCli
                .run(PASSWORD + "\n", "login", "--email", admin.email(), "--password-stdin")
                .exit())
        .isZero();
    Result bad =
        adminCli.run(
            PASSWORD + "\n",
            "machines",
            "create",
            "--team",
            team.get("id").asText(),
            "--name",
            "x",
            "--environment",
            "prod",
            "--password-stdin");
    assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
    Result created =
        adminCli.run(
            PASSWORD + "\n",
            "machines",
            "create",
            "--team",
            team.get("id").asText(),
            "--name",
            "deployer",
            "--environment",
            "production",
            "--tag",
            "deploy",
            "--password-stdin");
    assertThat(created.exit()).as(created.toString()).isZero();
    assertThat(created.err()).contains("only production keys tagged deploy");
    String token = created.out().strip();
    String machineId = token.split("\\.")[1];
    assertThat(
            LocalServer.column(
                "SELECT array_to_string(environments, ',') || '|' || array_to_string(tags, ',')"
                    + " FROM machine_identities WHERE id = ?::uuid",
                machineId))
        .containsExactly("production|deploy");

    CliDriver ci = new CliDriver(cli);
    ci.env.put("KEYHAVEN_TOKEN", token);
    Result list = ci.run("", "keys", "list");
    assertThat(list.exit()).as(list.toString()).isZero();
    assertThat(list.out())
        .contains("deploy-key")
        .doesNotContain("billing-key")
        .doesNotContain("staging-deploy");
    assertThat(ci.run("", "keys", "get", "deploy-key").out()).isEqualTo("in_scope\n");
    // Outside the scope a key answers exactly like a key of another team: 404.
    assertThat(ci.run("", "keys", "get", "--id", untagged.get("id").asText()).exit())
        .isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(ci.run("", "keys", "get", "--id", staging.get("id").asText()).exit())
        .isEqualTo(ExitCodes.NOT_FOUND);
    Result run =
        ci.run(
            "", "run", "--", "sh", "-c", "printf %s \"$DEPLOY_KEY|$BILLING_KEY|$STAGING_DEPLOY\"");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("in_scope||");

    Result machines = adminCli.run("", "machines", "list", "--team", team.get("id").asText());
    assertThat(machines.out()).contains("only production keys tagged deploy");
    // The admin, a person, still sees every key of the team.
    assertThat(adminCli.run("", "keys", "list", "--team", team.get("id").asText()).out())
        .contains("deploy-key")
        .contains("billing-key")
        .contains("staging-deploy");
  }

  private static String sha256Hex(String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
