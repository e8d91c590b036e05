package dev.quire.search;

import dev.quire.story.LanguageNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reader's query in AO3's syntax into a {@link ParsedQuery}: words and {@code "quoted
 * phrases"}, {@code AND} (the default between terms), {@code OR} or {@code ||}, {@code NOT} or a
 * leading {@code -}, parentheses, {@code field:value} and {@code field:"several words"}, ranges
 * ({@code words>1000}, {@code kudos:10-100}, {@code updated:"< 2 weeks ago"}) and the directives
 * {@code sort:kudos} and {@code sort:"title ascending"}. Operators are upper case, as on AO3; a
 * lower-case {@code or} is a word. A word with a colon that names no field ({@code Re:Zero}) is a
 * word.
 *
 * <p>Pure and thread-safe. Throws {@link InvalidSearchException} with a message for the reader
 * when a query cannot be read (an unclosed quote, a dangling {@code OR}, {@code words>lots}).
 */
final class QueryParser {

  private static final Pattern FIELD = Pattern.compile("(?<name>[A-Za-z_]+)(?<op>:[<>]?|[<>])(?<value>.*)");
  private static final Pattern UNIT = Pattern.compile("(?i)days?|weeks?|months?|years?");
  /**
   * How deep parentheses and NOTs may nest. Reading recurses once a level, so a query of thousands
   * of '(' would otherwise exhaust the thread's stack; no reader's query comes near this.
   */
  static final int MAX_DEPTH = 64;

  private final LocalDate today;
  private final List<Token> tokens;
  private int next;
  private int depth;
  private WorkSort sort;
  private Boolean ascending;

  private QueryParser(String query, LocalDate today) {
    this.today = today;
    this.tokens = new Lexer(query).tokens();
  }

  /**
   * Parses {@code query}; {@code today} anchors relative dates such as {@code 2 weeks ago}.
   *
   * @throws InvalidSearchException when the query cannot be read
   */
  static ParsedQuery parse(String query, LocalDate today) {
    QueryParser parser = new QueryParser(query == null ? "" : query, today);
    QueryNode root = parser.tokens.isEmpty() ? null : parser.query();
    return new ParsedQuery(root, parser.sort, parser.ascending);
  }

  /** A query read: its condition ({@code null} for none) and the order it asked for, if any. */
  record ParsedQuery(QueryNode root, WorkSort sort, Boolean ascending) {}

  private QueryNode query() {
    QueryNode root = or();
    if (next < tokens.size()) {
      throw new InvalidSearchException(tokens.get(next).kind() == Kind.CLOSE
          ? "a ')' has no '(' before it"
          : "could not read the query from '" + tokens.get(next).text() + "'");
    }
    return root;
  }

  private QueryNode or() {
    List<QueryNode> any = new ArrayList<>();
    add(any, and());
    while (at(Kind.OR)) {
      next++;
      QueryNode right = and();
      if (right == null || any.isEmpty()) {
        throw new InvalidSearchException("OR needs something to search for on both sides");
      }
      add(any, right);
    }
    return any.isEmpty() ? null : any.size() == 1 ? any.getFirst() : new QueryNode.Any(any);
  }

  private QueryNode and() {
    List<QueryNode> all = new ArrayList<>();
    while (next < tokens.size() && !at(Kind.OR) && !at(Kind.CLOSE)) {
      if (at(Kind.AND)) {
        next++;
        if (all.isEmpty() || next >= tokens.size() || at(Kind.OR) || at(Kind.CLOSE)) {
          throw new InvalidSearchException("AND needs something to search for on both sides");
        }
        continue;
      }
      add(all, unary());
    }
    return all.isEmpty() ? null : all.size() == 1 ? all.getFirst() : new QueryNode.All(all);
  }

  private QueryNode unary() {
    if (at(Kind.NOT)) {
      next++;
      if (next >= tokens.size() || at(Kind.OR) || at(Kind.AND) || at(Kind.CLOSE)) {
        throw new InvalidSearchException("NOT (or -) needs something to leave out after it");
      }
      QueryNode node = nested(this::unary);
      return node == null ? null : new QueryNode.Not(node);
    }
    Token token = tokens.get(next++);
    return switch (token.kind()) {
      case OPEN -> nested(this::group);
      case PHRASE -> new QueryNode.Text(token.text(), true);
      case WORD -> word(token);
      default -> throw new InvalidSearchException("could not read the query from '" + token.text() + "'");
    };
  }

  /** Reads one level deeper, refusing a query that nests past {@link #MAX_DEPTH}. */
  private QueryNode nested(Supplier<QueryNode> level) {
    if (++depth > MAX_DEPTH) {
      throw new InvalidSearchException(
          "the query nests parentheses or NOTs more than " + MAX_DEPTH + " deep: write it flatter");
    }
    QueryNode node = level.get();
    depth--;
    return node;
  }

  private QueryNode group() {
    QueryNode inside = or();
    if (!at(Kind.CLOSE)) {
      throw new InvalidSearchException("a '(' is not closed with ')'");
    }
    next++;
    if (inside == null) {
      throw new InvalidSearchException("'()' has nothing to search for inside");
    }
    return inside;
  }

  private QueryNode word(Token token) {
    Matcher field = FIELD.matcher(token.text());
    if (!field.matches()) {
      return new QueryNode.Text(token.text(), false);
    }
    String name = field.group("name").toLowerCase(Locale.ROOT);
    if (name.equals("sort") || name.equals("order")) {
      directive(name, value(field, token));
      return null;
    }
    Optional<SearchField> named = SearchField.named(name);
    if (named.isEmpty()) {
      return new QueryNode.Text(token.text(), false);
    }
    String sign = field.group("op").replace(":", "");
    return node(named.get(), sign + value(field, token));
  }

  /** The value after {@code field:}: the rest of the word, or the quoted phrase or word after it. */
  private String value(Matcher field, Token token) {
    String value = field.group("value");
    if (value.isEmpty() && token.quotedValue() != null) {
      return token.quotedValue();
    }
    if (value.isEmpty() && next < tokens.size() && tokens.get(next).kind() != Kind.CLOSE
        && tokens.get(next).kind() != Kind.OPEN) {
      value = tokens.get(next++).text();
    }
    if (value.isEmpty()) {
      throw new InvalidSearchException("'" + field.group("name") + ":' needs a value after it");
    }
    return value;
  }

  private QueryNode node(SearchField field, String value) {
    return switch (field.type()) {
      case TEXT -> new QueryNode.FieldText(field, value, value.contains(" "));
      case TAG -> new QueryNode.TagName(field, value);
      case LANGUAGE -> new QueryNode.Language(language(value));
      case FLAG -> new QueryNode.Flag(field, flag(field, value));
      case NUMBER -> Ranges.count(field, value);
      case DATE -> Ranges.dates(field, withUnit(value), today);
    };
  }

  /** {@code updated:2 weeks ago} without quotes: the unit and "ago" are the next words. */
  private String withUnit(String value) {
    if (next + 1 < tokens.size() && UNIT.matcher(tokens.get(next).text()).matches()
        && tokens.get(next + 1).text().equalsIgnoreCase("ago")) {
      value = value + " " + tokens.get(next).text() + " ago";
      next += 2;
    }
    return value;
  }

  private void directive(String name, String value) {
    String[] words = value.strip().toLowerCase(Locale.ROOT)
        .replaceFirst("_(asc|ascending|desc|descending)$", " $1")
        .split("\\s+");
    if (name.equals("order")) {
      ascending = WorkSort.isAscending(words[0]);
      return;
    }
    sort = WorkSort.fromKey(words[0]);
    if (words.length > 1) {
      ascending = WorkSort.isAscending(words[1]);
    } else if (next < tokens.size() && isDirection(tokens.get(next).text())) {
      ascending = WorkSort.isAscending(tokens.get(next++).text());
    }
  }

  private static boolean isDirection(String word) {
    return word.toLowerCase(Locale.ROOT).matches("asc|ascending|desc|descending");
  }

  private static String language(String value) {
    String tag = LanguageNames.toTag(value);
    if (tag != null) {
      return tag;
    }
    if (value.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      return Locale.forLanguageTag(value).toLanguageTag();
    }
    throw new InvalidSearchException("'" + value + "' is not a language Quire knows;"
        + " write its name (Deutsch, English) or code (de, en)");
  }

  private static boolean flag(SearchField field, String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1" -> true;
      case "false", "no", "n", "0" -> false;
      default -> throw new InvalidSearchException(
          "'" + field.displayName() + "' is yes or no, not '" + value.strip() + "'");
    };
  }

  private boolean at(Kind kind) {
    return next < tokens.size() && tokens.get(next).kind() == kind;
  }

  private static void add(List<QueryNode> nodes, QueryNode node) {
    if (node != null) {
      nodes.add(node);
    }
  }

  enum Kind { OPEN, CLOSE, AND, OR, NOT, WORD, PHRASE }

  /** A piece of the query; a word like {@code fandom:"Star Trek"} keeps its quoted value apart. */
  record Token(Kind kind, String text, String quotedValue) {}

  /** Splits a query into tokens. */
  private static final class Lexer {
    private final String query;
    private int at;
    private final List<Token> tokens = new ArrayList<>();

    Lexer(String query) {
      this.query = query;
    }

    List<Token> tokens() {
      while (skipSpace()) {
        char c = query.charAt(at);
        if (c == '(' || c == ')') {
          tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), null));
          at++;
        } else if (c == '"') {
          String phrase = quoted();
          if (!phrase.isBlank()) {
            tokens.add(new Token(Kind.PHRASE, phrase.strip(), null));
          }
        } else if (query.startsWith("||", at) || query.startsWith("&&", at)) {
          tokens.add(new Token(c == '|' ? Kind.OR : Kind.AND, query.substring(at, at + 2), null));
          at += 2;
        } else if ((c == '-' || c == '!') && at + 1 < query.length()
            && !Character.isWhitespace(query.charAt(at + 1))) {
          tokens.add(new Token(Kind.NOT, String.valueOf(c), null));
          at++;
        } else {
          word();
        }
      }
      return tokens;
    }

    private void word() {
      int start = at;
      while (at < query.length() && !Character.isWhitespace(query.charAt(at))
          && "()\"".indexOf(query.charAt(at)) < 0) {
        at++;
      }
      String word = query.substring(start, at);
      String quotedValue = null;
      if (at < query.length() && query.charAt(at) == '"' && FIELD.matcher(word).matches()
          && FIELD.matcher(word).replaceFirst("${value}").isEmpty()) {
        quotedValue = quoted().strip();
      }
      switch (word) {
        case "AND" -> tokens.add(new Token(Kind.AND, word, null));
        case "OR" -> tokens.add(new Token(Kind.OR, word, null));
        case "NOT" -> tokens.add(new Token(Kind.NOT, word, null));
        default -> {
          if (!word.isEmpty()) {
            tokens.add(new Token(Kind.WORD, word, quotedValue));
          } else {
            at++;
          }
        }
      }
    }

    private String quoted() {
      int close = query.indexOf('"', at + 1);
      if (close < 0) {
        throw new InvalidSearchException("a quotation mark (\") is not closed");
      }
      String text = query.substring(at + 1, close);
      at = close + 1;
      return text;
    }

    private boolean skipSpace() {
      while (at < query.length() && Character.isWhitespace(query.charAt(at))) {
        at++;
      }
      return at < query.length();
    }
  }
}
