package pro.keyhaven.monitoring.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Who may see and change a key, as SQL fragments every monitoring query composes: the vault's rule
 * (the owner of a personal key, any member of a key's team; writing needs editor or admin). The
 * fragments take the alias of an {@code api_keys} row and the placeholder of the caller's id.
 */
@ApplicationScoped
public class KeyAccess {

  /** A boolean SQL condition: the key row {@code alias} is visible to the caller. */
  public String visible(String alias, String caller) {
    return "(("
        + alias
        + ".team_id IS NULL AND "
        + alias
        + ".user_id = "
        + caller
        + ") OR "
        + alias
        + ".team_id = ANY(ARRAY(SELECT vm.team_id FROM team_members vm WHERE vm.user_id = "
        + caller
        + ")))";
  }

  /**
   * A text SQL expression: the caller's role on the key row {@code alias} ({@code owner} or a team
   * role), NULL where the key is not visible.
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
        + ".team_id AND rm.user_id = "
        + caller
        + ") END)";
  }

  /** Whether a role read through {@link #role} may write (report usage, resolve, schedule). */
  public static boolean canWrite(String role) {
    if (role == null) {
      return false;
    }
    return switch (role.toLowerCase(Locale.ROOT)) {
      case "owner", "admin", "editor" -> true;
      default -> false;
    };
  }
}
