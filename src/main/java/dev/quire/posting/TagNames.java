package dev.quire.posting;

import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Tag names a writer may mean while typing, for the form's autocomplete. */
interface TagNames extends Repository<Tag, Long> {

  /** Tags of {@code kinds} whose name contains {@code pattern} (a LIKE pattern), canonical first. */
  @Query("select t from Tag t where t.kind in :kinds and lower(t.name) like :pattern escape '\\'"
      + " order by t.canonical desc, length(t.name), t.name")
  List<Tag> matching(Collection<TagKind> kinds, String pattern, Pageable page);
}
