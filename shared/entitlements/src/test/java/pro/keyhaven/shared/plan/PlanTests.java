package pro.keyhaven.shared.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each plan allows, and the plan a refusal names. */
class PlanTests {

  @Test
  void freeHoldsTwentyFiveKeysAndNoPaidFeature() {
    assertThat(Plan.FREE.maxKeys()).contains(25);
    for (Feature f : Feature.values()) {
      assertThat(Plan.FREE.allows(f)).as(f.wire()).isFalse();
    }
  }

  @Test
  void proIsUnlimitedWithRotationInsightsAndIntegrationsButNoTeams() {
    assertThat(Plan.PRO.maxKeys()).isEmpty();
    assertThat(Plan.PRO.allows(Feature.AUTOMATED_ROTATION)).isTrue();
    assertThat(Plan.PRO.allows(Feature.INSIGHTS)).isTrue();
    assertThat(Plan.PRO.allows(Feature.INTEGRATIONS)).isTrue();
    assertThat(Plan.PRO.allows(Feature.TEAMS)).isFalse();
  }

  @Test
  void teamHasEverything() {
    assertThat(Plan.TEAM.maxKeys()).isEmpty();
    for (Feature f : Feature.values()) {
      assertThat(Plan.TEAM.allows(f)).as(f.wire()).isTrue();
    }
  }

  @Test
  void eachFeatureNamesTheCheapestPlanThatLiftsIt() {
    for (Feature f : Feature.values()) {
      assertThat(f.plan().allows(f)).isTrue();
      for (Plan p : Plan.values()) {
        if (p.ordinal() < f.plan().ordinal()) {
          assertThat(p.allows(f)).isFalse();
        }
      }
    }
    assertThat(Plan.fromWire("team")).contains(Plan.TEAM);
    assertThat(Plan.fromWire("gold")).isEmpty();
  }
}
