package dev.quire.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Lets the invitation queue grant its daily invitations ({@link InvitationQueue#grantDaily()})
 * every hour while the archive serves: the day's count is kept in the database, so the hour it
 * runs and how many nodes run it change nothing. Commands run no schedule.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableScheduling
class DailyInvitations {

  private static final Logger logger = LoggerFactory.getLogger(DailyInvitations.class);

  private final InvitationQueue queue;

  DailyInvitations(InvitationQueue queue) {
    this.queue = queue;
  }

  @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
  void grant() {
    try {
      int sent = queue.grantDaily();
      if (sent > 0) {
        logger.info("The invitation queue sent {} invitations", sent);
      }
    } catch (IllegalStateException noAddress) {
      logger.warn(noAddress.getMessage());
    }
  }
}
