package dev.quire.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, as Quire writes it wherever it hashes: 64 lower-case hex digits ({@link #hex}), of text
 * as UTF-8. Hashes stored in the database (tokens, mailed links, claims, feed keys, originals) are
 * in this form, so it must never change. Stateless and thread-safe; a {@link #digest()} is not.
 *
 * <pre>{@code
 * Sha256.hex("abc") // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * }</pre>
 */
public final class Sha256 {

  private Sha256() {}

  /** The hash of {@code text}'s UTF-8 bytes, in hex. */
  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The hash of {@code bytes}, in hex. */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** A new digest, to feed in parts. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
