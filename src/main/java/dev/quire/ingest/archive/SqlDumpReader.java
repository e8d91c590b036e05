package dev.quire.ingest.archive;

import dev.quire.ingest.UnreadableFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads the rows of a MySQL dump (mysqldump, phpMyAdmin) without a database, in one forward pass.
 *
 * <p>Understood: {@code CREATE TABLE name (...)} for the column names, and {@code INSERT [IGNORE]
 * [INTO] name [(columns)] VALUES (...), (...);} (also {@code REPLACE}) with multi-row value lists.
 * A value is a quoted string (see {@link SqlCursor#quoted}), {@code NULL} (read as {@code null}), a
 * number or other bare word (kept as written), a hex literal ({@code 0x...}, {@code X'...}, read as
 * UTF-8), or a string behind a charset introducer ({@code _utf8mb4'...'}). An INSERT without a
 * column list takes the columns of the table's earlier CREATE TABLE, or else the columns the
 * caller knows the table to have. Every other statement, and
 * {@code DELIMITER} changes, are skipped by their delimiter, never by a semicolon inside a string
 * or comment. Only tables the caller wants are kept; the others are still tokenized.
 *
 * <p>No recursion per value: rows are read by loops, so nesting and size cost nothing but time
 * linear in the dump. Streamed ({@link #stream}), each row is handed on as it is read, so memory
 * holds one row and the cursor's window, whatever the dump's size. A dump that breaks these rules
 * fails with the line and column where it does; the rows before were handed on already. Not
 * thread-safe; use one reader per dump.
 */
final class SqlDumpReader {

  // Words that start a table constraint in CREATE TABLE rather than a column definition.
  private static final Set<String> CONSTRAINTS = Set.of("primary", "key", "index", "unique",
      "constraint", "foreign", "fulltext", "spatial", "check", "period");

  /** Receives each row of a wanted table as it is read. */
  @FunctionalInterface
  interface RowSink {
    /**
     * @param table the table the row belongs to: its name and columns (rows are not added to it)
     * @param values one value per column, in the table's column order; {@code null} is NULL
     */
    void row(ArchiveTable table, String[] values) throws UnreadableFileException;
  }

  private final SqlCursor cursor;
  private final String source;
  private final Predicate<String> wanted;
  private final Function<String, List<String>> knownColumns;
  private final RowSink sink;
  private final Consumer<UnreadableFileException> errors;
  private final Map<String, List<String>> declaredColumns = new LinkedHashMap<>();
  private final Map<String, ArchiveTable> tables = new LinkedHashMap<>();
  private String delimiter = ";";

  private SqlDumpReader(SqlCursor cursor, Predicate<String> wanted,
      Function<String, List<String>> knownColumns, RowSink sink,
      Consumer<UnreadableFileException> errors) {
    this.errors = errors;
    this.cursor = cursor;
    this.source = cursor.source();
    this.wanted = wanted;
    this.knownColumns = knownColumns;
    this.sink = sink;
  }

  /**
   * The wanted tables of the dump, by lower-case name, in the order the dump first mentions them,
   * with their rows. A table that is created but never filled is there with no rows.
   *
   * @param text the dump's text
   * @param source the dump's file name, for messages
   * @param wanted which table names (lower case) to keep
   * @throws UnreadableFileException when the dump is malformed, naming the line and column
   */
  static Map<String, ArchiveTable> read(String text, String source, Predicate<String> wanted)
      throws UnreadableFileException {
    SqlDumpReader reader = new SqlDumpReader(new SqlCursor(text, source), wanted, t -> null,
        ArchiveTable::add, null);
    reader.readStatements();
    return reader.tables;
  }

  /**
   * Reads the dump at {@code cursor} to its end, handing each row of a wanted table to {@code
   * sink} as it is read; the rows are not kept.
   *
   * @param knownColumns the columns of a table (by lower-case name) that an INSERT without a column
   *     list fills when no CREATE TABLE came before it, {@code null} when unknown (such an INSERT
   *     fails), or an empty list for a table whose rows are then passed over
   * @param errors told of each malformed statement (naming its line and column), after which
   *     reading goes on at the next line that starts a statement; {@code null} to stop at the first
   * @return the wanted tables met, by lower-case name, without rows
   * @throws UnreadableFileException when the dump is malformed and {@code errors} is {@code null},
   *     naming the line and column; the rows before that place were handed on
   */
  static Map<String, ArchiveTable> stream(SqlCursor cursor, Predicate<String> wanted,
      Function<String, List<String>> knownColumns, RowSink sink,
      Consumer<UnreadableFileException> errors) throws UnreadableFileException {
    SqlDumpReader reader = new SqlDumpReader(cursor, wanted, knownColumns, sink, errors);
    reader.readStatements();
    return reader.tables;
  }

  private void readStatements() throws UnreadableFileException {
    while (true) {
      try {
        if (!readStatement()) {
          return;
        }
      } catch (UnreadableFileException e) {
        if (errors == null) {
          throw e;
        }
        errors.accept(e);
        cursor.skipToNextStatementLine();
      }
    }
  }

  /** Reads one statement; false at the end of the dump. */
  private boolean readStatement() throws UnreadableFileException {
    cursor.skipSpace();
    if (cursor.atEnd()) {
      return false;
    }
    if (cursor.consume(delimiter)) {
      return true;
    }
    SqlCursor.Place start = cursor.position();
    if (cursor.consumeKeyword("INSERT") || cursor.consumeKeyword("REPLACE")) {
      insert(start);
    } else if (cursor.consumeKeyword("CREATE")) {
      cursor.skipSpace();
      cursor.consumeKeyword("TEMPORARY");
      cursor.skipSpace();
      if (cursor.consumeKeyword("TABLE")) {
        createTable();
      } else {
        skipStatement();
      }
    } else if (cursor.consumeKeyword("DELIMITER")) {
      delimiter = cursor.skipToEndOfLine().strip();
      if (delimiter.isEmpty()) {
        throw cursor.error(start, "DELIMITER names no delimiter");
      }
    } else {
      skipStatement();
    }
    return true;
  }

  private void skipStatement() throws UnreadableFileException {
    cursor.skipPast(delimiter);
  }

  private void createTable() throws UnreadableFileException {
    cursor.skipSpace();
    if (cursor.consumeKeyword("IF")) {
      cursor.skipSpace();
      cursor.consumeKeyword("NOT");
      cursor.skipSpace();
      cursor.consumeKeyword("EXISTS");
      cursor.skipSpace();
    }
    String name = cursor.qualifiedName();
    cursor.skipSpace();
    if (name == null || !cursor.consume('(')) {
      skipStatement(); // CREATE TABLE ... LIKE / AS SELECT: no columns to learn
      return;
    }
    String table = name.toLowerCase(Locale.ROOT);
    List<String> columns = columnDefinitions();
    declaredColumns.putIfAbsent(table, columns);
    if (wanted.test(table) && !tables.containsKey(table)) {
      tables.put(table, new ArchiveTable(name, source, declaredColumns.get(table)));
    }
    skipStatement();
  }

  /** Reads the definitions up to the closing parenthesis; returns the column names. */
  private List<String> columnDefinitions() throws UnreadableFileException {
    List<String> columns = new ArrayList<>();
    SqlCursor.Place after = cursor.position();
    SqlCursor.Place open = new SqlCursor.Place(after.line(), after.column() - 1);
    while (true) {
      cursor.skipSpace();
      boolean quoted = !cursor.atEnd() && cursor.peek() == '`';
      String first = cursor.identifier();
      if (first != null && (quoted || !CONSTRAINTS.contains(first.toLowerCase(Locale.ROOT)))) {
        columns.add(first);
      }
      if (skipDefinition(open)) {
        return columns;
      }
    }
  }

  /**
   * Skips the rest of one definition; true when the list's closing parenthesis ended it, false at
   * the comma before the next definition.
   */
  private boolean skipDefinition(SqlCursor.Place open) throws UnreadableFileException {
    int depth = 0;
    while (true) {
      cursor.skipSpace();
      if (cursor.atEnd() || cursor.startsWith(delimiter)) {
        throw cursor.error(open, "the column list of CREATE TABLE opened here is never closed "
            + "(unbalanced parentheses)");
      }
      char c = cursor.peek();
      if (c == '\'' || c == '"') {
        cursor.quoted(c);
        continue;
      } else if (c == '`') {
        cursor.identifier();
        continue;
      }
      cursor.advance();
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth-- == 0) {
        return true;
      } else if (c == ',' && depth == 0) {
        return false;
      }
    }
  }

  private void insert(SqlCursor.Place start) throws UnreadableFileException {
    for (String modifier : List.of("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE", "INTO")) {
      cursor.skipSpace();
      cursor.consumeKeyword(modifier);
    }
    cursor.skipSpace();
    String name = cursor.qualifiedName();
    if (name == null) {
      throw cursor.error(start, "INSERT names no table");
    }
    String table = name.toLowerCase(Locale.ROOT);
    cursor.skipSpace();
    List<String> columns = cursor.startsWith("(") ? columnList()
        : declaredColumns.containsKey(table) ? declaredColumns.get(table)
        : knownColumns.apply(table);
    cursor.skipSpace();
    if (!cursor.consumeKeyword("VALUES") && !cursor.consumeKeyword("VALUE")) {
      skipStatement(); // INSERT ... SELECT or ... SET: no literal rows
      return;
    }
    if (!wanted.test(table) || (columns != null && columns.isEmpty())) {
      new SqlRows(cursor, delimiter).read((offset, values) -> { });
      return;
    }
    if (columns == null) {
      throw cursor.error(start, "INSERT INTO " + name + " lists no columns and no CREATE TABLE "
          + name + " comes before it");
    }
    ArchiveTable target =
        tables.computeIfAbsent(table, t -> new ArchiveTable(name, source, columns));
    int[] positions = positions(start, target, columns);
    new SqlRows(cursor, delimiter)
        .read((offset, values) -> sink.row(target, arrange(offset, values, target, positions)));
  }

  /** Reads a parenthesized list of column names. */
  private List<String> columnList() throws UnreadableFileException {
    SqlCursor.Place open = cursor.position();
    cursor.consume('(');
    List<String> columns = new ArrayList<>();
    while (true) {
      cursor.skipSpace();
      String column = cursor.identifier();
      cursor.skipSpace();
      if (column == null) {
        throw cursor.error(open, "the column list opened here holds " + cursor.excerpt()
            + ", not a column name");
      }
      columns.add(column);
      if (cursor.consume(')')) {
        return columns;
      }
      if (!cursor.consume(',')) {
        throw cursor.error(open, "the column list opened here is never closed "
            + "(unbalanced parentheses)");
      }
    }
  }

  /** Where each of the INSERT's columns goes in the table's column order. */
  private int[] positions(SqlCursor.Place start, ArchiveTable table, List<String> columns)
      throws UnreadableFileException {
    int[] positions = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      positions[i] = table.indexOf(columns.get(i));
      if (positions[i] < 0) {
        throw cursor.error(start, "INSERT INTO " + table.name() + " names column "
            + columns.get(i) + ", which the table does not have");
      }
    }
    return positions;
  }

  /** The row in the table's column order; columns the INSERT does not name stay null. */
  private String[] arrange(SqlCursor.Place offset, List<String> values, ArchiveTable table, int[] positions)
      throws UnreadableFileException {
    if (values.size() != positions.length) {
      throw cursor.error(offset, "this row of " + table.name() + " has " + values.size()
          + " values for " + positions.length + " columns");
    }
    String[] row = new String[table.columns().size()];
    for (int i = 0; i < positions.length; i++) {
      row[positions[i]] = values.get(i);
    }
    return row;
  }
}
