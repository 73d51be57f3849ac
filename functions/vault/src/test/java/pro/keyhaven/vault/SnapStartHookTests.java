package pro.keyhaven.vault;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.snapstart.SnapStartPriming;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * The SnapStart hook in a running function: it sees the application's own database pool, so a
 * connection left in it (as a request leaves one) refuses the checkpoint.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class SnapStartHookTests {

  @Inject SnapStartPriming priming;

  @Test
  void aConnectionAnEarlierRequestLeftInThePoolRefusesTheCheckpoint() {
    Account a = TestAccounts.create("snapstart");
    given().auth().oauth2(a.accessToken()).get("/api/keys").then().statusCode(200);

    assertThatThrownBy(() -> priming.beforeCheckpoint(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pooled database connection(s) would be frozen");
  }
}
