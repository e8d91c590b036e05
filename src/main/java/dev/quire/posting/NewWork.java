package dev.quire.posting;

import java.util.List;

/**
 * A work to post: its fields and its chapters in reading order.
 *
 * @param fields what the creator chose
 * @param chapters at least one
 * @param draft saved as a draft (seen by its creators only, kept until deleted) instead of posted
 */
public record NewWork(WorkFields fields, List<ChapterText> chapters, boolean draft) {

  public NewWork {
    chapters = chapters == null ? List.of() : List.copyOf(chapters);
  }
}
