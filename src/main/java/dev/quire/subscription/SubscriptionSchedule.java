package dev.quire.subscription;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * While the archive serves, runs the saved searches every few minutes
 * ({@code quire.subscriptions.search-every}, 5 minutes unless set) and sends the daily digests
 * (looked for every hour). Every node of a cluster runs them: a notice is one row per account and
 * work and a digest is claimed by one update, so a second node finds nothing left to do. Commands
 * run no schedule.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableScheduling
class SubscriptionSchedule {

  private static final Logger logger = LoggerFactory.getLogger(SubscriptionSchedule.class);

  private final SubscriptionDelivery delivery;
  private final NoticeMail mail;

  SubscriptionSchedule(SubscriptionDelivery delivery, NoticeMail mail) {
    this.delivery = delivery;
    this.mail = mail;
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${quire.subscriptions.search-every:PT5M}")
  void searches() {
    try {
      int added = delivery.runSearches();
      if (added > 0) {
        logger.info("Saved searches found {} new works for their subscribers", added);
      }
    } catch (RuntimeException e) {
      logger.warn("Saved searches could not run: {}", e.toString());
    }
  }

  @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
  void digests() {
    try {
      int sent = mail.digests();
      if (sent > 0) {
        logger.info("Sent {} daily digests of subscriptions", sent);
      }
    } catch (RuntimeException e) {
      logger.warn("Daily digests could not be sent: {}", e.toString());
    }
  }
}
