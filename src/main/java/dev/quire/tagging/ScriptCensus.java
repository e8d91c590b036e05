package dev.quire.tagging;

import java.lang.Character.UnicodeScript;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How many letters of a text are in each Unicode script, and the language a script implies. */
final class ScriptCensus {

  // A script decides only when it holds this share of the letters; quoted names do not.
  private static final double MIN_SHARE = 0.3;
  private static final String UKRAINIAN_LETTERS = "іїєґІЇЄҐ";
  // In this order: a text half Greek and half Hebrew is told the same way every time.
  private static final Map<UnicodeScript, String> OWN_LANGUAGE = ownLanguages();

  private final int[] letters = new int[UnicodeScript.values().length];
  private int total;
  private int ukrainian;

  private ScriptCensus() {}

  /**
   * Counts the script of the first {@code limit} letters of {@code paragraphs}, one after
   * another. A loop over the characters: this reads the opening of every imported story.
   */
  static ScriptCensus of(List<String> paragraphs, int limit) {
    ScriptCensus census = new ScriptCensus();
    for (String paragraph : paragraphs) {
      int i = 0;
      while (i < paragraph.length() && census.total < limit) {
        int codePoint = paragraph.codePointAt(i);
        i += Character.charCount(codePoint);
        if (isLetter(codePoint)) {
          census.count(codePoint);
        }
      }
    }
    return census;
  }

  /** {@link Character#isLetter}, with ASCII (most of what it is asked) answered first. */
  private static boolean isLetter(int codePoint) {
    return codePoint < 0x80 ? (codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z' : Character.isLetter(codePoint);
  }

  /** Counts a letter; an ASCII one as Latin without asking its script. */
  private void count(int codePoint) {
    total++;
    if (codePoint < 0x80) {
      letters[UnicodeScript.LATIN.ordinal()]++;
      return;
    }
    letters[UnicodeScript.of(codePoint).ordinal()]++;
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
    return (double) letters[script.ordinal()] / total;
  }

  private static Map<UnicodeScript, String> ownLanguages() {
    Map<UnicodeScript, String> languages = new LinkedHashMap<>();
    languages.put(UnicodeScript.HANGUL, "ko");
    languages.put(UnicodeScript.GREEK, "el");
    languages.put(UnicodeScript.THAI, "th");
    languages.put(UnicodeScript.HEBREW, "he");
    languages.put(UnicodeScript.ARABIC, "ar");
    languages.put(UnicodeScript.DEVANAGARI, "hi");
    return Collections.unmodifiableMap(languages);
  }
}
