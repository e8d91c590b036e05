package dev.quire.account;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The common passwords nobody may choose: the bundled list ({@code common-passwords.txt}, MIT,
 * whose header names its source), read once into a set. A password is common when it matches an
 * entry ignoring case, so {@code Password1} is refused as {@code password1} is. Immutable and
 * thread-safe.
 */
final class CommonPasswords {

  private static final String LIST = "common-passwords.txt";

  private final Set<String> passwords;

  private CommonPasswords(Set<String> passwords) {
    this.passwords = Set.copyOf(passwords);
  }

  /** The bundled list, read on first use. */
  static CommonPasswords bundled() {
    return Bundled.LIST;
  }

  boolean contains(String password) {
    return password != null && passwords.contains(password.toLowerCase(Locale.ROOT));
  }

  int size() {
    return passwords.size();
  }

  /** Holds the list, so that it is read once, when first asked for, by whichever thread asks. */
  private static final class Bundled {
    static final CommonPasswords LIST = read();

    private static CommonPasswords read() {
      try (InputStream in = CommonPasswords.class.getResourceAsStream(CommonPasswords.LIST)) {
        if (in == null) {
          throw new IllegalStateException("the common passwords list is missing from the build");
        }
        Set<String> passwords = new HashSet<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.isEmpty() && !line.startsWith("#")) {
            passwords.add(line.toLowerCase(Locale.ROOT));
          }
        }
        return new CommonPasswords(passwords);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
