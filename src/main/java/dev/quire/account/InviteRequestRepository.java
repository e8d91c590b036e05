package dev.quire.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The invitation queue, oldest request first. */
interface InviteRequestRepository extends JpaRepository<InviteRequest, Long> {

  Optional<InviteRequest> findByEmailKey(String emailKey);

  @Query("select r from InviteRequest r where r.invitedAt is null order by r.id")
  List<InviteRequest> findWaiting(Pageable page);

  @Query("select count(r) from InviteRequest r where r.invitedAt is null")
  long countWaiting();

  /**
   * As {@link #findWaiting}, the rows locked until the transaction ends: a node granting the day's
   * invitations waits for another doing the same, then finds what that one left.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from InviteRequest r where r.invitedAt is null order by r.id")
  List<InviteRequest> lockWaiting(Pageable page);

  @Query("select count(r) from InviteRequest r where r.invitedAt >= :since")
  long countInvitedSince(Instant since);
}
