package pro.keyhaven.rotation.provider;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pro.keyhaven.shared.error.ApiException;

/**
 * Which hosts a connection may name. The server connects to what a user typed, so by default a
 * loopback, private, link-local or unspecified address is refused (no reaching into the network the
 * functions run in); local mode and tests allow them ({@code
 * keyhaven.rotation.allow-private-hosts}).
 */
@ApplicationScoped
public class ProviderHosts {

  private final boolean allowPrivate;

  public ProviderHosts(
      @ConfigProperty(name = "keyhaven.rotation.allow-private-hosts", defaultValue = "false")
          boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /** Local mode and tests: private hosts, and plain http for a webhook, are allowed. */
  public boolean allowsPrivate() {
    return allowPrivate;
  }

  public void check(String host) {
    if (allowPrivate) {
      return;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (a.isLoopbackAddress()
            || a.isSiteLocalAddress()
            || a.isLinkLocalAddress()
            || a.isAnyLocalAddress()
            || a.isMulticastAddress()
            // IPv6 unique local addresses (fc00::/7)
            || (a instanceof java.net.Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc)) {
          throw ApiException.validation(
              "HOST_NOT_ALLOWED", "The host is a private or local address this server won't reach");
        }
      }
    } catch (UnknownHostException e) {
      throw ApiException.validation("HOST_UNKNOWN", "The host name does not resolve");
    }
  }
}
