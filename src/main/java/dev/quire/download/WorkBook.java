package dev.quire.download;

import dev.quire.tag.TagKind;
import dev.quire.work.WorkDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One work as it is downloaded.
 *
 * @param work the work, detached
 * @param archive the archive's base address ({@code https://fic.example.org}), without a final
 *     slash; the work's address and identifier derive from it
 */
public record WorkBook(WorkDetails work, String archive) implements Book {

  public WorkBook {
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(archive, "archive");
  }

  /** The work's page on the archive. */
  @Override
  public String address() {
    return archive + "/works/" + work.id();
  }

  @Override
  public String title() {
    return work.summary().title();
  }

  @Override
  public List<String> creators() {
    return work.summary().creators().stream().distinct().toList();
  }

  @Override
  public List<String> languages() {
    return List.of(LanguageTag.orUndetermined(work.summary().language()));
  }

  @Override
  public List<String> subjects() {
    List<String> subjects = new ArrayList<>();
    for (TagKind kind : TagKind.values()) {
      subjects.addAll(work.summary().tagsOf(kind));
    }
    return subjects.stream().distinct().toList();
  }

  /** The work's page here, then where it was first published when that is a web address. */
  @Override
  public List<String> sources() {
    List<String> sources = new ArrayList<>(List.of(address()));
    firstPublished().ifPresent(sources::add);
    return List.copyOf(sources);
  }

  /** Where the work was first published, when that is an absolute web address. */
  Optional<String> firstPublished() {
    return WebAddress.parse(work.sourceUrl()).filter(WebAddress::isWeb);
  }

  @Override
  public String summary() {
    return work.summary().summary();
  }

  @Override
  public LocalDate published() {
    return work.summary().published();
  }

  @Override
  public Instant modified() {
    return work.summary().updated();
  }

  @Override
  public List<WorkBook> works() {
    return List.of(this);
  }
}
