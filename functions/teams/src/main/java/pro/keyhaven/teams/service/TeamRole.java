package pro.keyhaven.teams.service;

import java.util.Locale;
import pro.keyhaven.shared.error.ApiException;

/**
 * A member's role, in rising order. The stored names ({@code viewer}, {@code editor}, {@code
 * admin}) are the ones the vault reads from {@code team_members} to decide on team keys.
 */
public enum TeamRole {
  /** Reads and decrypts team keys. */
  VIEWER,
  /** Also creates, updates and rotates team keys. */
  EDITOR,
  /** Also manages members, deletes team keys, renames the team and rotates the team key. */
  ADMIN;

  /** The stored and wire name. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TeamRole of(String wire) {
    return valueOf(wire.toUpperCase(Locale.ROOT));
  }

  /** 403 when this role is below {@code needed} (the caller is a member, so 404 would be moot). */
  public void require(TeamRole needed) {
    if (compareTo(needed) < 0) {
      throw ApiException.forbidden(
          "Your role in this team does not allow this (needs " + needed.wire() + ")");
    }
  }
}
