package pro.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * Security finding 7: the functions connected as the database owner, who can disable the audit
 * log's append-only trigger and recompute its hashes. They now connect as {@code keyhaven_app},
 * which can add audit entries but neither change nor remove them, nor touch the triggers.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class DatabaseRoleTests {

  private static void refused(Connection c, String sql) {
    assertThatThrownBy(() -> c.createStatement().execute(sql))
        .as(sql)
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("42501", "42P01"));
  }

  @Test
  void theAuditChainCanBeRewrittenByAnyFunction_noLonger() throws Exception {
    Account a = TestAccounts.create("roles");
    KeysTests.create(a, TestKeys.body(a.id(), "Stripe", "k", "v"));

    // The functions' own connections are the application role's.
    var db = PlatformTestResource.database();
    List<Object> users =
        db
            .query(
                "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND pid <> pg_backend_pid()")
            .stream()
            .map(r -> r.get("usename"))
            .toList();
    assertThat(users).contains("keyhaven_app").doesNotContain("postgres");

    try (Connection c = db.connectAsApplication()) {
      c.setAutoCommit(true);
      // It reads and adds entries...
      assertThat(c.createStatement().executeQuery("SELECT count(*) FROM audit_logs").next())
          .isTrue();
      // ...but cannot rewrite, remove or empty the log, nor switch its trigger off.
      refused(c, "UPDATE audit_logs SET action = 'key.nothing'");
      refused(c, "UPDATE audit_logs SET metadata = '{}'");
      refused(c, "DELETE FROM audit_logs");
      refused(c, "TRUNCATE audit_logs");
      refused(c, "ALTER TABLE audit_logs DISABLE TRIGGER ALL");
      refused(c, "SET session_replication_role = replica");
      refused(c, "DROP TABLE audit_logs");
      refused(c, "CREATE TABLE shadow (id int)");
      refused(c, "SELECT * FROM flyway_schema_history");
    }
    assertThat(
            db.query("SELECT count(*) AS n FROM audit_logs WHERE tenant_id = ?", a.id())
                .get(0)
                .get("n"))
        .isNotEqualTo(0L);
  }
}
