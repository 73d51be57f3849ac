package pro.keyhaven.rotation.provider;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import pro.keyhaven.shared.error.ApiException;

/** Checks of a connection credential's or a target's fields, with errors a person can act on. */
final class Fields {

  private Fields() {}

  static void only(Map<String, String> fields, Set<String> known, String code) {
    for (String field : fields.keySet()) {
      if (!known.contains(field)) {
        throw ApiException.validation(
            code,
            "Unknown field "
                + field
                + "; the fields are "
                + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  static String require(
      Map<String, String> fields, String name, Pattern p, String code, String hint) {
    String v = fields.get(name);
    if (v == null || !p.matcher(v).matches()) {
      throw ApiException.validation(code, name + " is missing or not valid: " + hint);
    }
    return v;
  }

  static void optional(
      Map<String, String> fields, String name, Pattern p, String code, String hint) {
    String v = fields.get(name);
    if (v != null && !p.matcher(v).matches()) {
      throw ApiException.validation(code, name + " is not valid: " + hint);
    }
  }

  static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  static ApiException invalidTarget(String message) {
    return ApiException.validation("INVALID_TARGET", message);
  }
}
