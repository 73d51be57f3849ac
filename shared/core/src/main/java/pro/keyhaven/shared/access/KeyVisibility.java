package pro.keyhaven.shared.access;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one rule for who sees a key: its owner while it is personal, or any confirmed member of its
 * team (an invited or accepted member, who has no wrapped team key yet, sees none) (a machine
 * identity only within the environments and tags it was narrowed to). Every read, list and write
 * check of every area composes these SQL fragments (docs/adr/0003); none writes the rule again. The
 * fragments take the table alias of an {@code api_keys} row and the placeholder the caller's user
 * id is bound to ({@code $2} for the reactive client, {@code ?2} for a Hibernate native query).
 */
@ApplicationScoped
public class KeyVisibility {

  /** A boolean SQL condition: the key row {@code alias} is visible to the caller. */
  public String visible(String alias, String caller) {
    // The caller's teams are an init plan, read once per statement, so the owner-scoped and
    // team-scoped indexes both stay usable.
    return "(" + personal(alias, caller) + " OR " + throughTeam(alias, caller) + ")";
  }

  /**
   * The half of {@link #visible} that admits the caller's personal keys. The two halves never admit
   * the same row, so a statement may read each through its own index and append the results ({@code
   * UNION ALL}).
   */
  public String personal(String alias, String caller) {
    return "(" + alias + ".team_id IS NULL AND " + alias + ".user_id = " + caller + ")";
  }

  /** The half of {@link #visible} that admits the keys of the caller's teams. */
  public String throughTeam(String alias, String caller) {
    return "("
        + alias
        + ".team_id = ANY(ARRAY(SELECT vm.team_id FROM team_members vm WHERE vm.status = 'confirmed' AND vm.user_id = "
        + caller
        + " AND "
        + teamPolicyMet("vm.team_id", caller)
        + ")) AND "
        + inMachineScope(alias, caller)
        + ")";
  }

  /**
   * A boolean SQL condition: the team key row {@code alias} lies inside the caller's machine scope
   * (the environments and tags a machine identity was narrowed to; true for every person). The
   * scope is read by uncorrelated sub-selects, i.e. once per statement (init plans), not per row.
   */
  String inMachineScope(String alias, String caller) {
    String envs =
        "(SELECT ms.environments FROM machine_identities ms WHERE ms.id = " + caller + ")";
    String tags = "(SELECT ms.tags FROM machine_identities ms WHERE ms.id = " + caller + ")";
    return "(("
        + envs
        + " IS NULL OR "
        + alias
        // A cast makes the sub-select one array value; "= ANY (sub-select)" would compare rows.
        + ".environment = ANY(CAST("
        + envs
        + " AS text[]))) AND ("
        + tags
        + " IS NULL OR "
        + alias
        + ".tags && "
        + tags
        + "))";
  }

  /**
   * A text SQL expression: the caller's {@link Role} on the key row {@code alias} ({@code owner}, a
   * team role), or NULL where the key is not visible.
   */
  public String role(String alias, String caller) {
    return "(CASE WHEN "
        + alias
        + ".team_id IS NULL THEN (CASE WHEN "
        + alias
        + ".user_id = "
        + caller
        + " THEN 'owner' END) ELSE (SELECT rm.role FROM team_members rm WHERE rm.team_id = "
        + alias
        + ".team_id AND rm.status = 'confirmed' AND rm.user_id = "
        + caller
        + " AND "
        + teamPolicyMet("rm.team_id", caller)
        + " AND "
        + inMachineScope(alias, caller)
        + ") END)";
  }

  /**
   * A boolean SQL condition: the caller has a second factor on (a confirmed TOTP factor or a
   * passkey). The one definition of "two-step sign-in is on" that SQL anywhere uses.
   */
  public String hasSecondFactor(String caller) {
    return "(EXISTS (SELECT 1 FROM mfa_totp sf WHERE sf.user_id = "
        + caller
        + " AND sf.confirmed_at IS NOT NULL) OR EXISTS (SELECT 1 FROM webauthn_credentials sw"
        + " WHERE sw.user_id = "
        + caller
        + "))";
  }

  /**
   * A boolean SQL condition: the team {@code teamId} (an SQL expression) lets the caller in as far
   * as its two-step policy goes: it does not require two-step sign-in, the caller has a second
   * factor, or the caller is a machine identity (not a person; it signs in with a token). The
   * sub-selects on the caller alone are evaluated once per statement.
   */
  public String teamPolicyMet(String teamId, String caller) {
    return "(NOT EXISTS (SELECT 1 FROM teams pt WHERE pt.id = "
        + teamId
        + " AND pt.require_two_step) OR "
        + hasSecondFactor(caller)
        + " OR EXISTS (SELECT 1 FROM machine_identities pm WHERE pm.id = "
        + caller
        + "))";
  }
}
