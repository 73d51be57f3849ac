package pro.keyhaven.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The composable insert and the tenant rule: one column list, one rule, both forms. */
class AuditWriterTests {

  @Test
  void theComposedInsertUsesTheOneColumnListAndTheKeyTenantRule() {
    String sql = AuditWriter.insertFor("k", "key.read", 3);
    assertThat(sql)
        .startsWith("INSERT INTO audit_logs (" + AuditWriter.COLUMNS + ") SELECT $3, ")
        .contains(AuditWriter.keyTenant("k"))
        .contains("$4, 'key.read', 'api_key', k.id::text")
        .endsWith("$5, $6, $7 FROM k RETURNING 1");
  }

  @Test
  void aKeyEventGoesToItsTeamsChainElseItsOwners() {
    UUID owner = UUID.randomUUID();
    UUID team = UUID.randomUUID();
    assertThat(AuditWriter.keyTenant(owner, null)).isEqualTo(owner);
    assertThat(AuditWriter.keyTenant(owner, team)).isEqualTo(team);
    assertThat(AuditWriter.keyTenant("a")).isEqualTo("coalesce(a.team_id, a.user_id)");
  }

  @Test
  void anActionNameCannotCarrySql() {
    assertThatThrownBy(() -> AuditWriter.insertFor("k", "x'; DROP TABLE audit_logs; --", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void metadataThatNamesASecretIsRefused() {
    UUID t = UUID.randomUUID();
    for (String key : new String[] {"encrypted_value", "token", "auth_hash", "wrapped_team_key"}) {
      assertThatThrownBy(
              () -> new AuditEvent(t, t, "key.read", "api_key", "k", Map.of(key, "x"), null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
