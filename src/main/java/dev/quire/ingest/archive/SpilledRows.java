package dev.quire.ingest.archive;

import dev.quire.ingest.archive.ArchiveTable.Row;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one large table of an archive (its stories or its chapters), set aside in a {@link
 * ChapterSpill} as they stream past, so that memory holds only the numbers each row is found and
 * ordered by, never its text. A row is read back when its story is built. Not thread-safe.
 */
final class SpilledRows {

  /**
   * Where one row waits, with the whole numbers it is looked up and ordered by ({@code null} when
   * the column is absent or not a number).
   *
   * @param owner the story the row belongs to (a chapter's story id); {@code null} for a story
   * @param position the row's place within its story, for chapters
   * @param id the row's own id
   * @param number the row's 1-based number within its table, for messages
   */
  record Ref(Long owner, Long position, Long id, int number, ChapterSpill.Span span) {}

  private final ChapterSpill spill;
  private final String[] ownerColumns;
  private final List<Ref> refs = new ArrayList<>();
  private ArchiveTable table;

  private SpilledRows(ChapterSpill spill, String... ownerColumns) {
    this.spill = spill;
    this.ownerColumns = ownerColumns;
  }

  static SpilledRows stories(ChapterSpill spill) {
    return new SpilledRows(spill);
  }

  static SpilledRows chapters(ChapterSpill spill) {
    return new SpilledRows(spill, "story_id", "sid");
  }

  /** Sets aside a row of {@code table}, its values already decoded. */
  void add(ArchiveTable table, String[] values) {
    this.table = table;
    Row row = new Row(table, refs.size() + 1, values);
    String[] bytes = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      // The spill keeps one byte a character: decoded text waits as its UTF-8 bytes.
      bytes[i] = values[i] == null ? null
          : new String(values[i].getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
    refs.add(new Ref(ownerColumns.length == 0 ? null : row.id(ownerColumns),
        row.id("position", "inorder"), row.id("id", "chapid"), row.number(), spill.put(bytes)));
  }

  /** Every row set aside, in the table's order. */
  List<Ref> refs() {
    return refs;
  }

  /** The row as the table gave it. */
  Row row(Ref ref) {
    String[] values = spill.get(ref.span());
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        values[i] = new String(values[i].getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      }
    }
    return new Row(table, ref.number(), values);
  }
}
