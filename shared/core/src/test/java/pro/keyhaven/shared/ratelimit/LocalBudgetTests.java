package pro.keyhaven.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.error.ApiException;

/** The budget RequestGate falls back to while Redis is away keeps the same per-minute limit. */
class LocalBudgetTests {

  @Test
  void countsPerBucketAndUser_andRefusesPastTheLimitWithRetryAfter() {
    LocalBudget budget = new LocalBudget();
    for (int i = 0; i < 3; i++) {
      budget.consume("vault-write", "alice", 3);
    }
    assertThatThrownBy(() -> budget.consume("vault-write", "alice", 3))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.retryAfterSeconds()).isBetween(1L, 60L);
            });
    // Another user, another bucket: budgets of their own.
    budget.consume("vault-write", "bob", 3);
    budget.consume("vault-read", "alice", 3);
  }
}
