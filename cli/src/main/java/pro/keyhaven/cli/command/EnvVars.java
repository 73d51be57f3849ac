package pro.keyhaven.cli.command;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.api.KeyBodies.ApiKey;
import pro.keyhaven.cli.session.VaultKeys;

/**
 * Keys as environment variables: the name comes from the key's name (upper case, anything but
 * letters, digits and {@code _} becomes {@code _}, a leading digit gets a {@code _}), or from an
 * {@code --as KEY=VAR} override. Two keys landing on one variable is refused, never silently won.
 */
final class EnvVars {

  static final Pattern VARIABLE = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,254}$");

  private EnvVars() {}

  static String variableName(String keyName) {
    StringBuilder out = new StringBuilder();
    for (char c : keyName.strip().toUpperCase(Locale.ROOT).toCharArray()) {
      out.append((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ? c : '_');
    }
    if (out.isEmpty() || Character.isDigit(out.charAt(0))) {
      out.insert(0, '_');
    }
    return out.toString();
  }

  static Map<String, String> overrides(List<String> as) {
    Map<String, String> map = new HashMap<>();
    if (as == null) {
      return map;
    }
    for (String entry : as) {
      int eq = entry.lastIndexOf('=');
      if (eq <= 0 || !VARIABLE.matcher(entry.substring(eq + 1)).matches()) {
        throw new CliException(
            ExitCodes.USAGE, "--as takes KEY_NAME=VARIABLE, e.g. --as 'stripe live=STRIPE_KEY'");
      }
      map.put(entry.substring(0, eq), entry.substring(eq + 1));
    }
    return map;
  }

  /** Variable name to decrypted value, in key order. */
  static Map<String, String> decrypt(
      List<ApiKey> keys, Map<String, String> overrides, VaultKeys vault) {
    Map<String, String> vars = new LinkedHashMap<>();
    Map<String, String> source = new HashMap<>();
    for (ApiKey key : keys) {
      String var = overrides.getOrDefault(key.name(), variableName(key.name()));
      if (source.containsKey(var)) {
        throw new CliException(
            ExitCodes.ERROR,
            "keys "
                + source.get(var)
                + " and "
                + key.name()
                + " would both be "
                + var
                + ": narrow the selection or rename one with --as");
      }
      source.put(var, key.name());
      vars.put(var, vault.decrypt(key));
    }
    return vars;
  }
}
