package dev.quire.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Lets every serving node look for import runs whose heartbeat fell silent every 15 seconds
 * ({@link ImportLog#markSilentInterrupted()}), so that a run whose process was killed shows as
 * interrupted at most that long after {@link ImportHeartbeat#SILENT_AFTER}, without any node
 * starting. Commands look once, when they open the archive.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableScheduling
class ImportWatch {

  private static final String EVERY = "PT15S";

  private static final Logger logger = LoggerFactory.getLogger(ImportWatch.class);

  private final ImportLog log;

  ImportWatch(ImportLog log) {
    this.log = log;
  }

  @Scheduled(initialDelayString = EVERY, fixedDelayString = EVERY)
  void lookForSilentRuns() {
    try {
      log.markSilentInterrupted();
    } catch (RuntimeException e) {
      // The database may be away for a while; the next look tries again.
      logger.warn("Could not look for interrupted import runs ({})", e.toString());
    }
  }
}
