package pro.keyhaven.vault.repository;

import java.util.Locale;

/**
 * The order of the key list: a column the table shows, ascending or descending. The SQL comes from
 * this enum only, never from the request; ties break on the id so pages never overlap.
 */
public enum KeySort {
  NAME("lower(%s.name)"),
  SERVICE("lower(%s.service)"),
  ENVIRONMENT("%s.environment"),
  HEALTH("%s.health_score"),
  EXPIRES_AT("%s.expires_at"),
  CREATED_AT("%s.created_at"),
  UPDATED_AT("%s.updated_at");

  /** The `sort` query parameter: a field, `-` in front for descending. */
  public static final String PATTERN =
      "-?(name|service|environment|health|expires_at|created_at|updated_at)";

  /** The order of a list that names none: newest first. */
  public static final Order DEFAULT = new Order(CREATED_AT, true);

  private final String expression;

  KeySort(String expression) {
    this.expression = expression;
  }

  /** One field and a direction. */
  public record Order(KeySort field, boolean descending) {

    /** The ORDER BY list over the table alias; keys without an expiry come last either way. */
    public String sql(String alias) {
      String dir = descending ? " DESC" : " ASC";
      return String.format(Locale.ROOT, field.expression, alias)
          + dir
          + " NULLS LAST, "
          + alias
          + ".id"
          + dir;
    }
  }

  /**
   * Parses a `sort` value already checked against {@link #PATTERN}; null or blank is the default.
   */
  public static Order parse(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT;
    }
    boolean descending = value.startsWith("-");
    String name = descending ? value.substring(1) : value;
    return new Order(valueOf(name.toUpperCase(Locale.ROOT)), descending);
  }
}
