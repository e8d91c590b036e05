package dev.quire.cli;

import dev.quire.tag.TagKind;
import java.util.List;
import java.util.Map;

/** {@code quire eval tagging}'s scores as a table for people. */
final class TaggingReport {

  private TaggingReport() {}

  static String text(TaggingScore score) {
    StringBuilder text = new StringBuilder();
    text.append(String.format("%d files: %d scored (with author tags), %d unreadable%n%n",
        score.files, score.scored, score.unreadable));
    text.append(String.format("%-13s %9s %7s %11s %9s %7s%n",
        "kind", "suggested", "correct", "author tags", "precision", "recall"));
    for (TagKind kind : TagKind.values()) {
      TaggingScore.Tally tally = score.kinds.get(kind);
      if (tally.suggested == 0) {
        text.append(String.format("%-13s no suggestions (author tags: %d)%n",
            kind.key(), tally.authorTags));
      } else {
        text.append(String.format("%-13s %9d %7d %11d %9s %7s%n", kind.key(), tally.suggested,
            tally.correct, tally.authorTags, percent(tally.precision()), percent(tally.recall())));
      }
    }
    text.append(String.format("%nRatings (rows: author's, columns: suggested)%n"));
    List<String> columns = TaggingScore.ratingColumns();
    text.append(String.format("%-22s", ""));
    columns.forEach(column -> text.append(String.format(" %9s", abbreviate(column))));
    text.append(System.lineSeparator());
    for (Map.Entry<String, Map<String, Integer>> row : score.ratings.entrySet()) {
      text.append(String.format("%-22s", row.getKey()));
      columns.forEach(column ->
          text.append(String.format(" %9d", row.getValue().getOrDefault(column, 0))));
      text.append(System.lineSeparator());
    }
    text.append(String.format(
        "%nCalibration (suggestions by confidence, and the share of them right)%n"));
    text.append(String.format("%-13s %-9s %9s %7s %7s%n",
        "kind", "confidence", "suggested", "correct", "right"));
    for (TagKind kind : TagKind.values()) {
      if (score.kinds.get(kind).suggested == 0) {
        continue;
      }
      for (TaggingScore.Bucket bucket : score.calibration.get(kind)) {
        text.append(String.format("%-13s %.1f-%.1f %10d %7d %7s%n", kind.key(), bucket.from,
            bucket.to, bucket.suggested, bucket.correct, percent(bucket.share())));
      }
    }
    return text.toString();
  }

  /**
   * Every scored file: its suggestions, each marked right ({@code +}) or wrong ({@code -}) with
   * its confidence and evidence, then the author's tags no suggestion named ({@code missed}).
   */
  static String eachFile(TaggingScore score) {
    StringBuilder text = new StringBuilder();
    for (TaggingScore.FileScore file : score.eachFile) {
      text.append(file.file()).append(System.lineSeparator());
      for (TaggingScore.Judged judged : file.suggestions()) {
        text.append(String.format("  %s %-12s %-40s %.2f  %s%n", judged.right() ? "+" : "-",
            judged.suggestion().kind().key(), judged.suggestion().name(), judged.suggestion().confidence(),
            judged.suggestion().evidence()));
      }
      if (!file.missed().isEmpty()) {
        text.append("  missed: ").append(String.join("; ", file.missed().stream()
            .map(tag -> tag.kind().key() + " " + tag.name()).toList())).append(System.lineSeparator());
      }
    }
    return text.toString();
  }

  private static String percent(Double share) {
    return share == null ? "-" : String.format("%.1f%%", 100 * share);
  }

  private static String abbreviate(String rating) {
    return rating.equals("Teen And Up Audiences") ? "Teen"
        : rating.equals("General Audiences") ? "General" : rating;
  }
}
