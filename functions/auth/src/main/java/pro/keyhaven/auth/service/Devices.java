package pro.keyhaven.auth.service;

/** A short human name for a user agent ("Firefox on Linux"), for sign-in lists and alerts. */
public final class Devices {

  private Devices() {}

  public static String describe(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return "an unknown device";
    }
    String ua = userAgent;
    String browser;
    if (ua.contains("Edg/")) {
      browser = "Edge";
    } else if (ua.contains("Firefox/")) {
      browser = "Firefox";
    } else if (ua.contains("Chrome/") || ua.contains("Chromium/")) {
      browser = "Chrome";
    } else if (ua.contains("Safari/")) {
      browser = "Safari";
    } else if (ua.startsWith("keyhaven-cli")) {
      browser = "the KeyHaven CLI";
    } else {
      String first = ua.split("[ /]", 2)[0];
      browser = first.length() > 40 ? first.substring(0, 40) : first;
    }
    String os = null;
    if (ua.contains("Windows")) {
      os = "Windows";
    } else if (ua.contains("iPhone") || ua.contains("iPad")) {
      os = "iOS";
    } else if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
      os = "macOS";
    } else if (ua.contains("Android")) {
      os = "Android";
    } else if (ua.contains("Linux")) {
      os = "Linux";
    }
    return os == null ? browser : browser + " on " + os;
  }
}
