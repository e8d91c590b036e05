package dev.quire.work.web;

import dev.quire.ingest.WorkPublisher;
import dev.quire.ingest.WorkPublisher.Original;
import dev.quire.ingest.WorkPublisher.Submission;
import dev.quire.story.StoryDocument;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;

/** Publishes synthetic stories through {@link WorkPublisher}, as an import of a file would. */
final class Stories {

  private Stories() {}

  /** A word no other test's works contain, to keep a test's names and searches to its own works. */
  static String marker() {
    return "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static long publish(WorkPublisher publisher, StoryDocument story) {
    byte[] bytes = (UUID.randomUUID() + story.title()).getBytes(StandardCharsets.UTF_8);
    Original original = new Original(story.title() + ".html", "ao3-html", bytes, sha256(bytes));
    return publisher.publish(new Submission(story, story.title(), List.of(), original)).workId();
  }

  private static String sha256(byte[] bytes) {
    try {
      return "%064x".formatted(new BigInteger(1, MessageDigest.getInstance("SHA-256").digest(bytes)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
