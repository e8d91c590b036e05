package dev.quire.work;

import dev.quire.account.AccountCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new account its default pseud, named like the account, as on AO3. It listens rather
 * than being called because accounts know nothing of works; it runs in the transaction that made
 * the account, so neither is stored without the other.
 */
@Component
class DefaultPseud {

  private final CreatorRepository creators;

  DefaultPseud(CreatorRepository creators) {
    this.creators = creators;
  }

  @EventListener
  void on(AccountCreated created) {
    creators.save(Creator.pseud(created.account().getUserName(), created.account(), true));
  }
}
