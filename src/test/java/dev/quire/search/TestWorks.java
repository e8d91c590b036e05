package dev.quire.search;

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

/** Publishes synthetic works straight through {@link WorkPublisher}, as an import would. */
public final class TestWorks {

  private TestWorks() {}

  /** A word no other test's works contain, to keep a test's searches to its own works. */
  public static String marker() {
    return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  public static long publish(WorkPublisher publisher, StoryDocument story) {
    return publisher.publish(submission(story)).workId();
  }

  /** {@code story} as an import of a file of its own would submit it. */
  public static Submission submission(StoryDocument story) {
    byte[] bytes = (UUID.randomUUID() + story.title()).getBytes(StandardCharsets.UTF_8);
    Original original = new Original(story.title() + ".txt", "plain-text", bytes, sha256(bytes));
    return new Submission(story, story.title(), List.of(), original);
  }

  private static String sha256(byte[] bytes) {
    try {
      return "%064x".formatted(new BigInteger(1, MessageDigest.getInstance("SHA-256").digest(bytes)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
