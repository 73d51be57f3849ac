package pro.keyhaven.cli.command;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the packaged version. */
public class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"keyhaven " + (v == null ? "0.1.0-SNAPSHOT" : v)};
  }
}
