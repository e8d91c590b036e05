package dev.quire.account;

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
class AccountDetailsService implements UserDetailsService {

  private final AccountRepository accounts;

  AccountDetailsService(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String login) {
    String key = UserNames.key(login == null ? "" : login);
    return accounts.findByUserKey(key)
        .or(() -> accounts.findByEmailKey(key))
        .filter(account -> !account.isSystemAccount() && account.getPasswordHash() != null)
        .map(account -> new AccountDetails(account.getId(), account.getUserName(), account.getPasswordHash(),
            account.getConfirmedAt() != null))
        .orElseThrow(() -> new UsernameNotFoundException("no such account"));
  }
}
