package pro.keyhaven.vault.service;

import pro.keyhaven.shared.error.ApiException;

/** What the caller may do with a key: team roles, and owner for a personal key. */
public enum Role {
  VIEWER,
  EDITOR,
  ADMIN,
  OWNER;

  static Role ofTeamRole(String role) {
    return role == null ? null : valueOf(role.toUpperCase(java.util.Locale.ROOT));
  }

  /** 403 when this role is below {@code needed} (the caller can see the key, so 404 is moot). */
  void require(Role needed) {
    if (compareTo(needed) < 0) {
      throw ApiException.forbidden(
          "Your role in this team does not allow this (needs " + needed.name().toLowerCase() + ")");
    }
  }
}
