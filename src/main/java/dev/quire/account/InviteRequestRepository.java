package dev.quire.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The invitation queue, oldest request first. */
interface InviteRequestRepository extends JpaRepository<InviteRequest, Long> {

  Optional<InviteRequest> findByEmailKey(String emailKey);

  @Query("select r from InviteRequest r where r.invitedAt is null order by r.id")
  List<InviteRequest> findWaiting(Pageable page);

  @Query("select count(r) from InviteRequest r where r.invitedAt is null")
  long countWaiting();
}
