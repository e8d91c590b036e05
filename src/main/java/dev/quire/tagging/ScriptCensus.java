package dev.quire.tagging;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** How many letters of a text are in each Unicode script, and the language a script implies. */
final class ScriptCensus {

  // A script decides only when it holds this share of the letters; quoted names do not.
  private static final double MIN_SHARE = 0.3;
  private static final String UKRAINIAN_LETTERS = "іїєґІЇЄҐ";
  private static final Map<UnicodeScript, String> OWN_LANGUAGE =
      Map.of(
          UnicodeScript.HANGUL, "ko",
          UnicodeScript.GREEK, "el",
          UnicodeScript.THAI, "th",
          UnicodeScript.HEBREW, "he",
          UnicodeScript.ARABIC, "ar",
          UnicodeScript.DEVANAGARI, "hi");

  private final Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
  private int total;
  private int ukrainian;

  private ScriptCensus() {}

  /** Counts the script of the first {@code limit} letters of {@code text}. */
  static ScriptCensus of(String text, int limit) {
    ScriptCensus census = new ScriptCensus();
    text.codePoints().filter(Character::isLetter).limit(limit).forEach(census::count);
    return census;
  }

  private void count(int codePoint) {
    letters.merge(UnicodeScript.of(codePoint), 1, Integer::sum);
    total++;
    if (UKRAINIAN_LETTERS.indexOf(codePoint) >= 0) {
      ukrainian++;
    }
  }

  /** The language the text's scripts imply, or empty for Latin script or too few letters. */
  Optional<String> language() {
    if (total == 0) {
      return Optional.empty();
    }
    // Japanese mixes kana with Han; any real share of kana tells it from Chinese.
    if (share(UnicodeScript.HIRAGANA) + share(UnicodeScript.KATAKANA) >= 0.1) {
      return Optional.of("ja");
    }
    if (share(UnicodeScript.HAN) >= MIN_SHARE) {
      return Optional.of("zh");
    }
    if (share(UnicodeScript.CYRILLIC) >= MIN_SHARE) {
      return Optional.of(ukrainian * 200 >= total ? "uk" : "ru");
    }
    return OWN_LANGUAGE.entrySet().stream()
        .filter(entry -> share(entry.getKey()) >= MIN_SHARE)
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private double share(UnicodeScript script) {
    return (double) letters.getOrDefault(script, 0) / total;
  }
}
