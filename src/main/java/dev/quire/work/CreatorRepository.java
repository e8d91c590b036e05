package dev.quire.work;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Pseuds by the account that holds them and their name. */
public interface CreatorRepository extends JpaRepository<Creator, Long> {

  /** The pseud {@code name} of the account {@code userName}: what {@code /users/{user}/pseuds/{name}} names. */
  @Query("select c from Creator c where c.account.userName = :userName and c.name = :name")
  Optional<Creator> findPseud(String userName, String name);

  /** An imported byline nobody has claimed yet; the same name imported again is credited to it. */
  default Optional<Creator> findUnclaimed(String name) {
    return findPseud(dev.quire.account.Account.UNCLAIMED, name);
  }

  /** An account's pseuds, the default one first, then by name. */
  @Query("select c from Creator c where c.account.id = :accountId order by c.isDefault desc, c.name")
  List<Creator> findByAccount(long accountId);

  /** Imported bylines nobody has claimed whose name contains {@code fragment} (any case), by name. */
  @Query("select c from Creator c where c.account.userName = 'unclaimed'"
      + " and lower(c.name) like concat('%', lower(:fragment), '%') escape '!' order by c.name, c.id")
  Page<Creator> findUnclaimedByName(String fragment, Pageable page);

  /** Imported bylines nobody has claimed whose creator's address is {@code email} (any case), by id. */
  @Query("select c from Creator c where c.account.userName = 'unclaimed' and lower(c.claimEmail) = lower(:email)"
      + " order by c.id")
  List<Creator> findUnclaimedByClaimEmail(String email);

  /** How many works credit a pseud, whatever their visibility. */
  @Query("select count(w) from Work w join w.creators c where c.id = :creatorId")
  long countWorks(long creatorId);
}
