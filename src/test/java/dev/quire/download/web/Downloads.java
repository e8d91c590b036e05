package dev.quire.download.web;

import dev.quire.ingest.WorkPublisher;
import dev.quire.ingest.WorkPublisher.Original;
import dev.quire.ingest.WorkPublisher.Submission;
import dev.quire.story.StoryDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/** Works published for download tests, and the requests that fetch them. */
final class Downloads {

  private Downloads() {}

  /** The response, with its whole body. */
  static MvcResult fetch(MockMvc mvc, RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn();
  }

  /** Publishes {@code story} as a new work and returns its id. */
  static long publish(WorkPublisher publisher, StoryDocument story) {
    byte[] bytes = ("download test " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    return publisher.publish(new Submission(story, story.title(), List.of(),
        new Original("story.html", "ao3-html", bytes, sha256(bytes)))).workId();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
