package dev.quire.posting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Pending co-creatorships, by work and by the account whose pseud is invited. */
interface CreatorshipInvitationRepository extends JpaRepository<CreatorshipInvitation, Long> {

  @Query("select i from CreatorshipInvitation i join fetch i.creator where i.work.id = :workId order by i.id")
  List<CreatorshipInvitation> findByWork(long workId);

  @Query("select i from CreatorshipInvitation i join fetch i.work join fetch i.creator c"
      + " where c.account.id = :accountId order by i.invitedAt desc, i.id desc")
  List<CreatorshipInvitation> findForAccount(long accountId);
}
