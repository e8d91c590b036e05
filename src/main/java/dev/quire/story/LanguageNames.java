package dev.quire.story;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a language as a site names it ("English", "Deutsch", "Français", "Bahasa Indonesia")
 * into a BCP 47 tag. Names in English and each language's own name are both known, as the JDK
 * spells them, plus the few names archives use that the JDK spells otherwise. Thread-safe.
 */
public final class LanguageNames {

  private static final Map<String, String> TAGS = tags();

  private LanguageNames() {}

  /** The BCP 47 tag for {@code name}, ignoring case, or {@code null} when the name is unknown. */
  public static String toTag(String name) {
    return name == null ? null : TAGS.get(key(name));
  }

  private static Map<String, String> tags() {
    Map<String, String> tags = new HashMap<>();
    for (String code : Locale.getISOLanguages()) {
      Locale language = Locale.of(code);
      tags.putIfAbsent(key(language.getDisplayLanguage(Locale.ENGLISH)), language.toLanguageTag());
      tags.putIfAbsent(key(language.getDisplayLanguage(language)), language.toLanguageTag());
    }
    // AO3's and FanFiction.Net's own spellings where the JDK has another name or none.
    tags.putAll(Map.of(
        "filipino", "fil",
        "farsi", "fa",
        "bahasa indonesia", "id",
        "bahasa malaysia", "ms",
        "português brasileiro", "pt-BR",
        "português europeu", "pt-PT",
        "中文-普通话 國語", "zh",
        "中文-广东话 粵語", "yue",
        "ภาษาไทย", "th",
        "latine", "la"));
    return Map.copyOf(tags);
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
