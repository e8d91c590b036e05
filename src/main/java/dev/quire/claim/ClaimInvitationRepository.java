package dev.quire.claim;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Claim links by their hash, and when a byline's creator was last invited. */
interface ClaimInvitationRepository extends JpaRepository<ClaimInvitation, Long> {

  Optional<ClaimInvitation> findByTokenHash(String tokenHash);

  @Query("select max(i.createdAt) from ClaimInvitation i where i.creator.id = :creatorId")
  Optional<Instant> lastSentFor(long creatorId);
}
