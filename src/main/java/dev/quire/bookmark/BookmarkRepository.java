package dev.quire.bookmark;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Readers' bookmarks. */
interface BookmarkRepository extends JpaRepository<Bookmark, Long> {

  Optional<Bookmark> findByAccountIdAndWorkId(long accountId, long workId);

  Optional<Bookmark> findByAccountIdAndSeriesId(long accountId, long seriesId);

  /** An account's bookmarks, newest first; its private ones only when {@code withPrivate}. */
  @Query("select b from Bookmark b where b.accountId = :accountId and (b.hidden = false or :withPrivate = true)"
      + " order by b.updatedAt desc, b.id desc")
  List<Bookmark> findOfAccount(long accountId, boolean withPrivate);
}
