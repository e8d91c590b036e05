package dev.quire.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Objects;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A creator as credited on works (on AO3, a pseud). Names are unique. */
@Entity
public class Creator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  @FullTextField(analyzer = "prose")
  @KeywordField(name = "key", normalizer = "sort")
  private String name;

  protected Creator() {}

  public Creator(String name) {
    this.name = Objects.requireNonNull(name, "name").strip();
    if (this.name.isEmpty()) {
      throw new IllegalArgumentException("a creator needs a name");
    }
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
