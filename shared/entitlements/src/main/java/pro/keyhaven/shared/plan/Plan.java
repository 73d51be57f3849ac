package pro.keyhaven.shared.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * The plans of {@code docs/api.md} (Billing) and what each allows: {@code free} (25 personal keys,
 * no teams, reminders only), {@code pro} (unlimited keys, automated rotation, insights,
 * integrations), {@code team} (pro and teams).
 */
public enum Plan {
  FREE("free", 25),
  PRO("pro", null),
  TEAM("team", null);

  private final String wire;
  private final Integer maxKeys;

  Plan(String wire, Integer maxKeys) {
    this.wire = wire;
    this.maxKeys = maxKeys;
  }

  public String wire() {
    return wire;
  }

  /** Personal keys the plan holds; empty for unlimited. */
  public Optional<Integer> maxKeys() {
    return Optional.ofNullable(maxKeys);
  }

  public boolean allows(Feature f) {
    return ordinal() >= f.plan().ordinal();
  }

  public static Optional<Plan> fromWire(String wire) {
    return Arrays.stream(values()).filter(p -> p.wire.equals(wire)).findFirst();
  }
}
