package dev.quire.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Access tokens by their hash (a request's) and by account (the tokens page's). */
interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

  @Query("select t from AccessToken t join fetch t.account where t.tokenHash = :tokenHash")
  Optional<AccessToken> findByTokenHash(String tokenHash);

  @Query("select t from AccessToken t where t.account.id = :accountId order by t.createdAt desc, t.id desc")
  List<AccessToken> findByAccount(long accountId);

  @Query("select count(t) from AccessToken t where t.account.id = :accountId")
  long countByAccount(long accountId);

  @Query("select t from AccessToken t where t.account.id = :accountId and t.id = :id")
  Optional<AccessToken> findOf(long accountId, long id);
}
