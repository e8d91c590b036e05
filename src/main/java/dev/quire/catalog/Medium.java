package dev.quire.catalog;

import dev.quire.tagging.Vocabulary;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AO3's media categories, in AO3's order, which the fandoms page groups fandoms by.
 *
 * <p>Quire knows a fandom's medium only from AO3's way of naming fandom tags: a disambiguation in
 * parentheses ({@code Sherlock (TV)}, {@code Shrek (Movies)}, {@code Hades (Video Game 2018)}),
 * {@code RPF} for real people, and {@code Title - Author} for written works. A name without one
 * is looked up in the shipped {@link Vocabulary}, whose AO3 name may carry it ({@code Sherlock}
 * is {@code Sherlock (TV)} there); what neither tells is {@link #UNCATEGORIZED}, as are fandoms
 * of {@code All Media Types}. Thread-safe.
 */
public enum Medium {
  ANIME_MANGA("Anime & Manga"),
  BOOKS("Books & Literature"),
  CARTOONS_COMICS("Cartoons & Comics & Graphic Novels"),
  REAL_PEOPLE("Celebrities & Real People"),
  MOVIES("Movies"),
  MUSIC("Music & Bands"),
  OTHER("Other Media"),
  THEATER("Theater"),
  TV("TV Shows"),
  VIDEO_GAMES("Video Games"),
  UNCATEGORIZED("Uncategorized Fandoms");

  private static final Pattern DISAMBIGUATION = Pattern.compile("\\(([^()]+)\\)\\s*$");
  private static final Pattern REAL_PERSON = Pattern.compile("\\bRPF\\b");
  private static final Pattern AUTHOR = Pattern.compile(" - (?!All Media Types\\s*$)\\S");

  private final String label;

  Medium(String label) {
    this.label = label;
  }

  /** AO3's name of the category. */
  public String label() {
    return label;
  }

  /** The address fragment of the category's section on the fandoms page. */
  public String anchor() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The medium of the fandom tag {@code name}, from its own name or else the vocabulary's. */
  static Medium of(String name, Vocabulary vocabulary) {
    Medium own = named(name);
    if (own != UNCATEGORIZED) {
      return own;
    }
    return vocabulary.fandomNamed(name).map(fandom -> named(fandom.name())).orElse(UNCATEGORIZED);
  }

  /** The medium AO3's name of a fandom states, or {@link #UNCATEGORIZED}. */
  static Medium named(String name) {
    if (REAL_PERSON.matcher(name).find()) {
      return REAL_PEOPLE;
    }
    Matcher disambiguation = DISAMBIGUATION.matcher(name);
    if (disambiguation.find()) {
      Medium stated = stated(disambiguation.group(1).toLowerCase(Locale.ROOT));
      if (stated != UNCATEGORIZED) {
        return stated;
      }
    }
    return AUTHOR.matcher(name).find() ? BOOKS : UNCATEGORIZED;
  }

  private static Medium stated(String words) {
    if (words.contains("anime") || words.contains("manga")) {
      return ANIME_MANGA;
    } else if (words.contains("video game")) {
      return VIDEO_GAMES;
    } else if (words.contains("cartoon") || words.contains("comic")) {
      return CARTOONS_COMICS;
    } else if (words.contains("movie") || words.contains("film")) {
      return MOVIES;
    } else if (words.matches(".*\\btv\\b.*")) {
      return TV;
    } else if (words.contains("band")) {
      return MUSIC;
    } else if (words.contains("musical") || words.contains("theat")) {
      return THEATER;
    } else if (words.contains("web series") || words.contains("podcast") || words.contains("game")) {
      return OTHER;
    }
    return UNCATEGORIZED;
  }
}
