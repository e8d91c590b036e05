package dev.quire.platform;

/** The running Quire's name and version, as {@code quire --version} prints it and backups record it. */
public final class QuireVersion {

  private QuireVersion() {}

  /** {@code Quire 1.2.3} from the jar's manifest, or {@code Quire (development build)} from classes. */
  public static String name() {
    String version = QuireVersion.class.getPackage().getImplementationVersion();
    return "Quire " + (version == null ? "(development build)" : version);
  }
}
