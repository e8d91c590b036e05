package dev.quire.catalog;

import java.text.Normalizer;

/**
 * The file name a download link gives a work, from its title as AO3 makes them: letters and digits
 * kept, accents dropped, every other run of characters one underscore ({@code Harbour_Lights}).
 * The name only labels the file; the work's id finds it.
 */
final class DownloadName {

  private static final int LONGEST = 60;

  private DownloadName() {}

  static String of(String title) {
    String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String name = plain.replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
    if (name.codePointCount(0, name.length()) > LONGEST) {
      name = name.substring(0, name.offsetByCodePoints(0, LONGEST)).replaceAll("_+$", "");
    }
    return name.isEmpty() ? "work" : name;
  }
}
