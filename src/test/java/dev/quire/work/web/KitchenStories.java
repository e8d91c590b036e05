package dev.quire.work.web;

import dev.quire.ingest.Importer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Short plain-text stories that earn several suggestions: a fandom from the disclaimer, two main
 * characters named often, and a rating (the text is long enough to be rated).
 */
final class KitchenStories {

  private KitchenStories() {}

  /**
   * Imports a new story; its text carries {@code word}, so that a search finds it.
   *
   * @return the work's id
   */
  static long importStory(Importer importer, String title, String word) {
    String paragraph = "Arthur Pendragon carried the flour sacks while Merlin kneaded the dough, and Arthur"
        + " complained that Merlin was slow. Merlin laughed at Arthur and floured the table again.\n\n";
    String text = "Title: " + title + "\n\n"
        + "Disclaimer: I do not own Merlin, nor any of its characters.\n\n"
        + "The castle kitchens were warm and the bread was rising in its tins. " + word + "\n\n"
        + paragraph.repeat(4)
        + "Nobody in the kitchens spoke of the dragon, though everyone thought of it.\n";
    return importer.importBytes(title + ".txt", title + "-" + UUID.randomUUID() + ".txt",
        text.getBytes(StandardCharsets.UTF_8), false).workId();
  }
}
