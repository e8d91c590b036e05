package dev.quire.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.ingest.archive.ArchiveTable.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlDumpReaderTest {

  @Test
  void unescapesBackslashesAndDoubledQuotes() throws UnreadableFileException {
    String dump = "INSERT INTO t (v) VALUES ('it\\'s'),('it''s'),(\"say \\\"hi\\\"\"),"
        + "(\"a \"\"b\"\"\"),('back\\\\slash'),('tab\\there'),('line\\nbreak\\r'),('nul\\0'),"
        + "('100\\%'),('\\q');";

    assertThat(values(dump, "t", "v")).containsExactly("it's", "it's", "say \"hi\"", "a \"b\"",
        "back\\slash", "tab\there", "line\nbreak\r", "nul\0", "100\\%", "q");
  }

  @Test
  void readsNullNumbersAndLiteralsInMultiRowLists() throws UnreadableFileException {
    String dump = "INSERT INTO t (a, b, c) VALUES\n(1, NULL, -2.5e3),\n"
        + "(null, 0x48656C6C6F, X'4869'),(_utf8mb4'intro', _binary 'bin', TRUE);";

    List<List<String>> rows = rows(dump, "t");

    assertThat(rows).containsExactly(
        Arrays.asList("1", null, "-2.5e3"),
        Arrays.asList(null, "Hello", "Hi"),
        Arrays.asList("intro", "bin", "TRUE"));
  }

  @Test
  void keepsSemicolonsAndCommentMarkersInsideStrings() throws UnreadableFileException {
    String dump = "INSERT INTO t (v) VALUES ('a; b'), ('-- not a comment'), ('# nor this'),"
        + " ('/* nor */ this'), ('(unbalanced'); INSERT INTO t (v) VALUES ('next');";

    assertThat(values(dump, "t", "v")).containsExactly(
        "a; b", "-- not a comment", "# nor this", "/* nor */ this", "(unbalanced", "next");
  }

  @Test
  void skipsCommentsAndOtherStatements() throws UnreadableFileException {
    String dump = """
        -- MySQL dump
        # hash comment 'with a quote
        /*!40101 SET NAMES utf8mb4 */;
        SET @x = 'a;b';
        LOCK TABLES `t` WRITE;
        INSERT /* inline */ INTO `t` (`v`) VALUES ('one'), -- between rows
        ('two') # after the last row
        ;
        UNLOCK TABLES;
        """;

    assertThat(values(dump, "t", "v")).containsExactly("one", "two");
  }

  @Test
  void takesColumnsFromTheCreateTableBeforeAnInsertWithoutAList() throws UnreadableFileException {
    String dump = """
        CREATE TABLE IF NOT EXISTS `db`.`t` (
          `id` int(11) NOT NULL,
          `kind` enum('a','b') DEFAULT 'a' COMMENT 'x, (y',
          `key` varchar(5),
          PRIMARY KEY (`id`),
          UNIQUE KEY `k` (`kind`, `key`),
          CONSTRAINT `fk` FOREIGN KEY (`id`) REFERENCES `o` (`id`)
        ) ENGINE=InnoDB;
        INSERT INTO t VALUES (1,'b','x');
        """;

    ArchiveTable table = SqlDumpReader.read(dump, "d.sql", name -> true).get("t");

    assertThat(table.columns()).containsExactly("id", "kind", "key");
    assertThat(table.rows().getFirst().get("kind")).isEqualTo("b");
  }

  @Test
  void placesValuesByTheInsertsColumnList() throws UnreadableFileException {
    String dump = "CREATE TABLE t (a int, b int, c int);\nINSERT INTO t (c, a) VALUES (3, 1);";

    assertThat(rows(dump, "t")).containsExactly(Arrays.asList("1", null, "3"));
  }

  @Test
  void followsDelimiterChanges() throws UnreadableFileException {
    String dump = """
        DELIMITER ;;
        CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.v = 'x'; END ;;
        DELIMITER ;
        INSERT INTO t (v) VALUES ('after');
        """;

    assertThat(values(dump, "t", "v")).containsExactly("after");
  }

  @Test
  void keepsOnlyTheWantedTables() throws UnreadableFileException {
    String dump = "INSERT INTO other VALUES ('no columns needed');\n"
        + "INSERT INTO t (v) VALUES ('kept');";

    Map<String, ArchiveTable> tables = SqlDumpReader.read(dump, "d.sql", name -> name.equals("t"));

    assertThat(tables).containsOnlyKeys("t");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "unterminated string | INSERT INTO t (v) VALUES ('ok'),\\n('open);"
        + " | d.sql line 2, column 2: a string opened here is never closed (unterminated quote)",
    "row never closed | INSERT INTO t (a, b) VALUES\\n(1, 2;"
        + " | d.sql line 2, column 1: the row opened here is never closed"
        + " (unbalanced parentheses)",
    "extra parenthesis | INSERT INTO t (v) VALUES (1));"
        + " | d.sql line 1, column 29: an extra ')' (unbalanced parentheses)",
    "row at the end | INSERT INTO t (v) VALUES (1"
        + " | d.sql line 1, column 26: the row opened here is never closed"
        + " (unbalanced parentheses)",
    "comment never closed | /* open\\nINSERT INTO t (v) VALUES (1);"
        + " | d.sql line 1, column 1: a comment opened here is never closed",
    "too many values | INSERT INTO t (v) VALUES (1, 2);"
        + " | d.sql line 1, column 26: this row of t has 2 values for 1 columns",
    "no columns | INSERT INTO t VALUES (1);"
        + " | d.sql line 1, column 1: INSERT INTO t lists no columns and no CREATE TABLE t"
        + " comes before it",
    "an expression | INSERT INTO t (v) VALUES (NOW());"
        + " | d.sql line 1, column 27: the value NOW(...) is an expression; a dump holds only"
        + " literal values"
  })
  void failsOnAMalformedDumpNamingTheLine(String what, String dump, String reason) {
    assertThatThrownBy(() -> SqlDumpReader.read(dump.replace("\\n", "\n"), "d.sql", n -> true))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage(reason);
  }

  @Test
  void readsALongDumpInLinearTime() throws UnreadableFileException {
    StringBuilder dump = new StringBuilder("INSERT INTO t (v) VALUES ");
    String text = "'" + "word \\'quoted\\' ".repeat(20) + "'";
    for (int i = 0; i < 50_000; i++) {
      dump.append(i == 0 ? "" : ",").append('(').append(text).append(')');
    }
    dump.append(';');

    long start = System.nanoTime();
    List<List<String>> rows = rows(dump.toString(), "t");

    assertThat(rows).hasSize(50_000);
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void streamsRowsOneAtATimeAcrossTheWindowsEdge() throws UnreadableFileException {
    String longValue = "x".repeat(SqlCursor.WINDOW * 3 + 17);
    String dump = "-- header\nINSERT INTO t (v) VALUES ('" + longValue + "'),\n('after it\\'s');";
    List<String> seen = new ArrayList<>();

    SqlDumpReader.stream(streamed(dump, Integer.MAX_VALUE), n -> true, n -> null,
        (table, values) -> seen.add(values[0]), null);

    assertThat(seen).containsExactly(longValue, "after it's");
  }

  @Test
  void fillsAnInsertWithoutCreateTableWithTheColumnsTheCallerKnows()
      throws UnreadableFileException {
    String dump = "LOCK TABLES `x_t` WRITE;\nSET NAMES utf8;\nINSERT INTO `x_t` VALUES (1,_binary 0x4869);";
    List<String> seen = new ArrayList<>();

    Map<String, ArchiveTable> tables = SqlDumpReader.stream(streamed(dump, 100), n -> true,
        n -> n.equals("x_t") ? List.of("id", "v") : null,
        (table, values) -> seen.add(table.name() + ":" + String.join("/", values)), null);

    assertThat(seen).containsExactly("x_t:1/Hi");
    assertThat(tables.get("x_t").columns()).containsExactly("id", "v");
  }

  @Test
  void refusesAValueLongerThanTheLimitNamingWhereItOpens() {
    String dump = "INSERT INTO t (v) VALUES\n('short'),\n  ('" + "y".repeat(500) + "');";
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> SqlDumpReader.stream(streamed(dump, 100), n -> true, n -> null,
        (table, values) -> seen.add(values[0]), null))
        .hasMessage("d.sql line 3, column 4: a value opened here is longer than 100 characters,"
            + " the longest Quire reads (a quote that is never closed reads that far too)");
    assertThat(seen).containsExactly("short");
  }

  @Test
  void aTruncatedStreamKeepsTheRowsBeforeTheCut() {
    String dump = "INSERT INTO t (v) VALUES ('one'),('two');\nINSERT INTO t (v) VALUES ('thr";
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> SqlDumpReader.stream(streamed(dump, 1000), n -> true, n -> null,
        (table, values) -> seen.add(values[0]), null))
        .hasMessageContaining("d.sql line 2, column 27: a string opened here is never closed");
    assertThat(seen).containsExactly("one", "two");
  }

  @Test
  void aBrokenStatementIsReportedAndReadingGoesOnAtTheNextStatementLine()
      throws UnreadableFileException {
    String dump = "INSERT INTO t (v) VALUES ('one');\n"
        + "INSERT INTO t (v) VALUES ('it's broken');\n"
        + "INSERT INTO t (v) VALUES ('three');\n";
    List<String> seen = new ArrayList<>();
    List<String> errors = new ArrayList<>();

    SqlDumpReader.stream(streamed(dump, 1000), n -> true, n -> null,
        (table, values) -> seen.add(values[0]), e -> errors.add(e.getMessage()));

    assertThat(seen).containsExactly("one", "three");
    assertThat(errors).containsExactly(
        "d.sql line 2, column 31: expected ',' or ')' after a value, found 's broken'); INSERT I'");
  }

  private static SqlCursor streamed(String dump, int maxValue) {
    return new SqlCursor(new java.io.StringReader(dump), "d.sql", maxValue, false);
  }

  private static List<String> values(String dump, String table, String column)
      throws UnreadableFileException {
    return SqlDumpReader.read(dump, "d.sql", name -> true).get(table).rows().stream()
        .map(row -> row.get(column))
        .toList();
  }

  private static List<List<String>> rows(String dump, String table)
      throws UnreadableFileException {
    return SqlDumpReader.read(dump, "d.sql", name -> true).get(table).rows().stream()
        .map(Row::values)
        .map(Arrays::asList)
        .toList();
  }
}
