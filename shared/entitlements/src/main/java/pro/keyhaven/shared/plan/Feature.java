package pro.keyhaven.shared.plan;

/** Features a plan may include, each with the cheapest plan that does. */
public enum Feature {
  TEAMS("teams", Plan.TEAM, "Teams are part of the Team plan; upgrade to share keys with a team"),
  AUTOMATED_ROTATION(
      "automated_rotation",
      Plan.PRO,
      "Automated rotation is part of the Pro plan; the free plan has reminders"),
  INSIGHTS("insights", Plan.PRO, "Insights are part of the Pro plan"),
  INTEGRATIONS("integrations", Plan.PRO, "Integrations are part of the Pro plan");

  private final String wire;
  private final Plan plan;
  private final String refusal;

  Feature(String wire, Plan plan, String refusal) {
    this.wire = wire;
    this.plan = plan;
    this.refusal = refusal;
  }

  public String wire() {
    return wire;
  }

  /** The cheapest plan that includes it (the plan a 402 names). */
  public Plan plan() {
    return plan;
  }

  String refusal() {
    return refusal;
  }
}
