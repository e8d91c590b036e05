package dev.quire.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.ingest.archive.ArchiveTable.Row;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws UnreadableFileException {
    String csv = "id,text,notes\n"
        + "1,\"First line\nsecond line, with a comma\",\"She said \"\"hi\"\".\"\n"
        + "2,plain,\n";

    ArchiveTable table = CsvTable.read(csv, "chapters.csv", "chapters");

    assertThat(table.columns()).containsExactly("id", "text", "notes");
    assertThat(rows(table)).containsExactly(
        List.of("1", "First line\nsecond line, with a comma", "She said \"hi\"."),
        List.of("2", "plain", ""));
  }

  @Test
  void readsUnquotedNullMarkersAsNull() throws UnreadableFileException {
    ArchiveTable table = CsvTable.read("a,b,c,d\n\\N,NULL,\"NULL\",\"\\N\"\n", "t.csv", "t");

    assertThat(rows(table)).containsExactly(Arrays.asList(null, null, "NULL", "\\N"));
  }

  @Test
  void skipsBlankLinesAndAByteOrderMark() throws UnreadableFileException {
    ArchiveTable table = CsvTable.read("\uFEFFid,name\n\n1,Maple\n\n2,Rowan", "a.csv", "authors");

    assertThat(table.columns()).containsExactly("id", "name");
    assertThat(rows(table)).containsExactly(List.of("1", "Maple"), List.of("2", "Rowan"));
  }

  @Test
  void failsOnAQuoteThatNeverCloses() {
    assertThatThrownBy(() -> CsvTable.read("id,text\n1,ok\n2,\"open\nstill open\n", "c.csv", "c"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("c.csv line 3: a quoted field opened here is never closed");
  }

  @Test
  void failsOnARowWithTheWrongNumberOfFields() {
    assertThatThrownBy(() -> CsvTable.read("id,text\n1,\"a\nb\"\n2,x,extra\n", "c.csv", "c"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("c.csv line 4: the row has 3 fields but the header names 2 columns");
  }

  @Test
  void failsOnTextAfterAClosingQuote() {
    assertThatThrownBy(() -> CsvTable.read("id,text\n1,\"a\"b\n", "c.csv", "c"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("c.csv line 2: a quoted field is followed by 'b' instead of a comma or a line "
            + "break");
  }

  private static List<List<String>> rows(ArchiveTable table) {
    return table.rows().stream().map(Row::values).map(Arrays::asList).toList();
  }
}
