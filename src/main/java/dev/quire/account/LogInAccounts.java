package dev.quire.account;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account a log-in names, by user name or email address as on AO3. System accounts and
 * accounts without a password are never found, so nobody logs in as {@code orphan_account}.
 */
@Component
class LogInAccounts implements UserDetailsService {

  private final AccountRepository accounts;

  LogInAccounts(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String login) {
    return holder(login)
        .filter(account -> !account.isSystemAccount() && account.getPasswordHash() != null)
        .map(account -> new AccountDetails(account.getId(), account.getUserName(), account.getPasswordHash(),
            account.getConfirmedAt() != null, account.isSuspended()))
        .orElseThrow(() -> new UsernameNotFoundException("no such account"));
  }

  /** The account {@code login} names, by its user name or else its email address; any account, system ones too. */
  Optional<Account> holder(String login) {
    String typed = login == null ? "" : login;
    return accounts.findByUserKey(UserNames.key(typed)).or(() -> accounts.findByEmailKey(EmailAddresses.key(typed)));
  }
}
