package dev.quire.download;

import dev.quire.tag.TagKind;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the block of facts AO3's preface shows under a work's title: its tags kind by kind,
 * its language, its series, its stats.
 *
 * @param kind the class AO3's markup gives the line ({@code fandom tags}, {@code stats})
 * @param label what the line is called, with its colon ({@code Fandoms:})
 * @param values what it says; several for a work in several series
 */
record WorkMeta(String kind, String label, List<String> values) {

  WorkMeta {
    values = List.copyOf(values);
  }

  /** The lines for {@code work}, in AO3's order; a kind without tags has none. */
  static List<WorkMeta> of(WorkDetails work) {
    WorkSummary summary = work.summary();
    List<WorkMeta> lines = new ArrayList<>();
    for (TagKind kind : TagKind.values()) {
      List<String> names = summary.tagsOf(kind);
      if (!names.isEmpty()) {
        String label = names.size() > 1 ? kind.pluralLabel() : kind.label();
        lines.add(new WorkMeta(kind.key() + " tags", label + ":", List.of(String.join(", ", names))));
      }
    }
    if (summary.languageName() != null) {
      lines.add(new WorkMeta("language", "Language:", List.of(summary.languageName())));
    }
    if (!work.series().isEmpty()) {
      lines.add(new WorkMeta("series", "Series:", work.series().stream()
          .map(place -> "Part " + place.position() + " of " + place.title()).toList()));
    }
    lines.add(new WorkMeta("stats", "Stats:", List.of(String.format(Locale.ROOT,
        "Published: %s %s: %s Words: %,d Chapters: %s", summary.published(),
        summary.complete() ? "Completed" : "Updated", summary.updatedOn(), summary.words(),
        summary.chapterProgress()))));
    return lines;
  }
}
