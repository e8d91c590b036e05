package dev.quire.posting;

import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.UserNames;
import dev.quire.work.Creator;
import dev.quire.work.CreatorRepository;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds the pseuds a posting names: the viewer's own by name, another person's as AO3 writes a
 * co-creator ({@code pseud (user)}, or {@code user} for their default pseud). Names are looked up,
 * never guessed: a user name is compared as {@link UserNames#key} compares it, a pseud exactly.
 */
@Component("postingPseuds") // dev.quire.work.Pseuds (the pages of pseuds) is "pseuds"
class Pseuds {

  private static final Pattern PSEUD_OF_USER = Pattern.compile("^(.+?)\\s*\\((.+)\\)$");

  private final CreatorRepository creators;
  private final AccountRepository accounts;

  Pseuds(CreatorRepository creators, AccountRepository accounts) {
    this.creators = creators;
    this.accounts = accounts;
  }

  /** The account's pseud named {@code name}, if it has one. */
  Optional<Creator> own(Account account, String name) {
    return creators.findPseud(account.getUserName(), name.strip());
  }

  /**
   * The account's default pseud, made now (named like the account) for an account that has none
   * yet: an account made before pseuds were, or by a test.
   */
  Creator defaultOf(Account account) {
    return creators.findByAccount(account.getId()).stream()
        .filter(Creator::isDefault)
        .findFirst()
        .orElseGet(() -> creators.save(Creator.pseud(account.getUserName(), account, true)));
  }

  /**
   * The pseud {@code reference} names ({@code pseud (user)} or {@code user}), when it is a person's:
   * the archive's own accounts ({@code unclaimed}, {@code orphan_account}) and suspended ones are
   * never invited.
   */
  Optional<Creator> person(String reference) {
    String stripped = reference.strip();
    Matcher matcher = PSEUD_OF_USER.matcher(stripped);
    String pseud = matcher.matches() ? matcher.group(1).strip() : null;
    String user = matcher.matches() ? matcher.group(2).strip() : stripped;
    if (UserNames.problem(user).isPresent()) {
      return Optional.empty();
    }
    return accounts.findByUserKey(UserNames.key(user))
        .filter(account -> !account.isSystemAccount() && !account.isSuspended())
        .flatMap(account -> pseud == null ? Optional.of(defaultOf(account)) : own(account, pseud));
  }
}
