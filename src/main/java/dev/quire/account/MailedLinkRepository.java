package dev.quire.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Mailed links by the hash of their token. */
interface MailedLinkRepository extends JpaRepository<MailedLink, Long> {

  Optional<MailedLink> findByTokenHash(String tokenHash);

  /** Ends an account's live links of one purpose: a new reset link replaces the last one. */
  @Modifying
  @Query("update MailedLink l set l.usedAt = :now where l.account = :account and l.purpose = :purpose"
      + " and l.usedAt is null")
  int useAll(Account account, MailedLink.Purpose purpose, java.time.Instant now);

  /** Marks one link used unless it already was: 1 for the one request that wins a race, else 0. */
  @Modifying
  @Query("update MailedLink l set l.usedAt = :now where l.id = :id and l.usedAt is null")
  int use(long id, java.time.Instant now);
}
