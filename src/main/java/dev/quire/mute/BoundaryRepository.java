package dev.quire.mute;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Mutes and blocks by the accounts on either side. */
interface BoundaryRepository extends Repository<Boundary, Long> {

  Boundary save(Boundary boundary);

  /** Saves at once, in a transaction of its own: a second of the same pair fails here. */
  Boundary saveAndFlush(Boundary boundary);

  @Query("select b.otherId from Boundary b where b.accountId = :accountId and b.kind = :kind")
  List<Long> findOthers(long accountId, BoundaryKind kind);

  @Query("select count(b) from Boundary b where b.accountId = :accountId and b.kind = :kind")
  long countOthers(long accountId, BoundaryKind kind);

  @Query("select count(b) > 0 from Boundary b where b.accountId = :accountId and b.kind = :kind"
      + " and b.otherId = :otherId")
  boolean exists(long accountId, BoundaryKind kind, long otherId);

  @Query("select count(b) > 0 from Boundary b where b.accountId in :accountIds and b.kind = :kind"
      + " and b.otherId = :otherId")
  boolean existsByAny(Collection<Long> accountIds, BoundaryKind kind, long otherId);

  @Query("select b.accountId from Boundary b where b.kind = :kind and b.otherId = :otherId")
  List<Long> findHolders(BoundaryKind kind, long otherId);

  @Modifying
  @Query("delete from Boundary b where b.accountId = :accountId and b.kind = :kind and b.otherId = :otherId")
  int delete(long accountId, BoundaryKind kind, long otherId);
}
