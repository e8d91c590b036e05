package dev.quire.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.tagging.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A fandom's medium is what AO3's name of it says, its own or the shipped vocabulary's. */
class MediumTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = ';', value = {
      "9-1-1 (TV); TV",
      "Criminal Minds (US TV); TV",
      "Stranger Things (TV 2016); TV",
      "Shrek (Movies); MOVIES",
      "The Avengers (Marvel Movies); MOVIES",
      "Hades (Video Game 2018); VIDEO_GAMES",
      "Baldur's Gate (Video Games); VIDEO_GAMES",
      "Jujutsu Kaisen (Anime); ANIME_MANGA",
      "Blue Lock (Manga); ANIME_MANGA",
      "Arcane: League of Legends (Cartoon 2021); CARTOONS_COMICS",
      "Check Please! (Webcomic); CARTOONS_COMICS",
      "Marvel (Comics); CARTOONS_COMICS",
      "One Direction (Band); MUSIC",
      "Formula 1 RPF; REAL_PEOPLE",
      "Critical Role (Web Series); OTHER",
      "The Magnus Archives (Podcast); OTHER",
      "Dungeons & Dragons (Roleplaying Game); OTHER",
      "Les Misérables - Victor Hugo; BOOKS",
      "魔道祖师 - 墨香铜臭 | Mó Dào Zǔ Shī - Mòxiāng Tóngxiù; BOOKS",
      "Star Wars - All Media Types; UNCATEGORIZED",
      "Hawaii Five-0 (2010); UNCATEGORIZED",
      "Smallville; UNCATEGORIZED",
      "A Fandom Nobody Has Named; UNCATEGORIZED"})
  void theNameSaysTheMedium(String name, Medium medium) {
    assertThat(Medium.of(name, Vocabulary.empty())).isEqualTo(medium);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = ';', value = {
      "Sherlock; TV",
      "Alien; MOVIES",
      "Genshin Impact; VIDEO_GAMES",
      "Harry Potter; BOOKS",
      "Supernatural; UNCATEGORIZED"})
  void aNameWithoutOneTakesTheVocabularysName(String name, Medium medium) {
    assertThat(Medium.of(name, Vocabulary.shipped())).isEqualTo(medium);
  }
}
