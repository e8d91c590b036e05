package dev.quire.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts by user name, by the key names are compared by, and by email address. */
public interface AccountRepository extends JpaRepository<Account, Long> {

  Optional<Account> findByUserName(String userName);

  Optional<Account> findByUserKey(String userKey);

  Optional<Account> findByEmailKey(String emailKey);

  /** The first accounts whose user name's key contains {@code part} (a key too), by key. */
  List<Account> findTop50ByUserKeyContainingOrderByUserKey(String part);

  /** The account holding imported bylines until they are claimed. */
  default Account unclaimed() {
    return findByUserName(Account.UNCLAIMED).orElseThrow();
  }

  /** The account holding the credits of orphaned works. */
  default Account orphanAccount() {
    return findByUserName(Account.ORPHAN_ACCOUNT).orElseThrow();
  }
}
