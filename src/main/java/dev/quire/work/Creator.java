package dev.quire.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A creator as credited on works (on AO3, a pseud of a user). Names are unique. Each creator also
 * has a unique user name of ASCII letters, digits and underscores that names its pages
 * ({@code /users/{userName}/pseuds/{name}}): AO3's logins look so, and FanFicFare only reads
 * bylines whose link has one. Made through {@link CreatorRepository#credit(String)}.
 */
@Entity
public class Creator {

  /** AO3's longest login. */
  private static final int USER_NAME_LENGTH = 40;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^A-Za-z0-9]+");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  @FullTextField(analyzer = "prose")
  @KeywordField(name = "key", normalizer = "sort")
  private String name;

  @Column(name = "user_name", nullable = false, unique = true)
  private String userName;

  protected Creator() {}

  Creator(String name, String userName) {
    this.name = Objects.requireNonNull(name, "name").strip();
    if (this.name.isEmpty()) {
      throw new IllegalArgumentException("a creator needs a name");
    }
    this.userName = Objects.requireNonNull(userName, "userName");
  }

  /**
   * The user name a creator called {@code name} would like: its letters (accents dropped) and
   * digits, other runs of characters made one underscore, at most 40 characters; {@code creator}
   * when nothing is left (a name in a script without Latin letters). Not unique by itself.
   */
  static String userNameFor(String name) {
    String letters = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String joined = NOT_WORD.matcher(letters).replaceAll("_");
    joined = joined.substring(0, Math.min(joined.length(), USER_NAME_LENGTH));
    String trimmed = joined.replaceAll("^_+|_+$", "");
    return trimmed.isEmpty() ? "creator" : trimmed;
  }

  public Long getId() {
    return id;
  }

  /** The name as credited; on AO3, the pseud. */
  public String getName() {
    return name;
  }

  /** Unique, matches {@code \w+} in ASCII. */
  public String getUserName() {
    return userName;
  }
}
