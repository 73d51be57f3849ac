package pro.keyhaven.shared.access;

import java.util.Locale;
import pro.keyhaven.shared.error.ApiException;

/**
 * What a caller may do with a key or a team, in rising order. {@code viewer}, {@code editor} and
 * {@code admin} are team roles (stored in {@code team_members.role}); {@code owner} is the owner of
 * a personal key. One type for every area, so a rule about roles reads the same everywhere.
 */
public enum Role {
  /** Reads and decrypts team keys. */
  VIEWER,
  /** Also creates, updates and rotates team keys. */
  EDITOR,
  /** Also manages members, deletes and restores team keys, renames the team, rotates its key. */
  ADMIN,
  /** The owner of a personal key: everything. */
  OWNER;

  /** The stored and wire name. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role of a stored or wire name; null for null. */
  public static Role of(String wire) {
    return wire == null ? null : valueOf(wire.toUpperCase(Locale.ROOT));
  }

  /** Whether this is a role a team member can hold. */
  public boolean isTeamRole() {
    return this != OWNER;
  }

  /** Whether this role reaches {@code needed}. */
  public boolean atLeast(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** 403 when this role is below {@code needed} (the caller can see the thing, so 404 is moot). */
  public void require(Role needed) {
    if (!atLeast(needed)) {
      throw ApiException.forbidden(
          "Your role in this team does not allow this (needs " + needed.wire() + ")");
    }
  }
}
