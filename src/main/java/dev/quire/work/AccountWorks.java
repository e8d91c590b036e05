package dev.quire.work;

import dev.quire.account.Account;
import dev.quire.account.AccountClosing;
import dev.quire.account.AccountOpened;
import dev.quire.account.AccountRepository;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * What accounts mean for works, in the transaction that opens or deletes an account: a new account
 * gets its default pseud, named like it; a deleted account's works are orphaned (credit moves to
 * a pseud of {@code orphan_account}, named like the account's pseud or {@code orphan_account}, as
 * its owner chose) or deleted, and its pseuds go. A deleted work that others co-created stays
 * theirs, without the departing credit.
 */
@Component
class AccountWorks {

  private final AccountRepository accounts;
  private final CreatorRepository creators;
  private final WorkRepository works;
  private final Pseuds orphanPseuds;

  AccountWorks(AccountRepository accounts, CreatorRepository creators, WorkRepository works, Pseuds orphanPseuds) {
    this.accounts = accounts;
    this.creators = creators;
    this.works = works;
    this.orphanPseuds = orphanPseuds;
  }

  @EventListener
  void opened(AccountOpened opened) {
    creators.save(Creator.pseud(opened.userName(), accounts.getReferenceById(opened.accountId()), true));
  }

  @EventListener
  void closing(AccountClosing closing) {
    Account account = accounts.findById(closing.accountId()).orElseThrow();
    List<Creator> pseuds = creators.findByAccount(account.getId());
    List<Work> credited = works.findByAccount(account.getUserName(), EnumSet.allOf(Visibility.class),
        List.of(true, false), ReadScope.NONE_MUTED, Pageable.unpaged()).getContent();
    for (Work work : credited) {
      if (closing.works() == AccountClosing.WorksChoice.DELETE && onlyCredits(work, account)) {
        works.delete(work);
        continue;
      }
      for (Creator pseud : pseuds) {
        switch (closing.works()) {
          case DELETE -> work.removeCreator(pseud);
          case ORPHAN_KEEPING_PSEUDS -> work.replaceCreator(pseud, orphanPseuds.ofOrphanAccount(pseud.getName()));
          case ORPHAN_AS_ORPHAN_ACCOUNT -> work.replaceCreator(pseud, orphanPseuds.ofOrphanAccount(Account.ORPHAN_ACCOUNT));
        }
      }
    }
    works.flush();
    creators.deleteAll(pseuds);
  }

  private static boolean onlyCredits(Work work, Account account) {
    return work.getCreators().stream().allMatch(c -> c.getAccount().getId().equals(account.getId()));
  }
}
