package dev.quire.posting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** A body sent in chunks declares no length: it is read only up to the limit. */
class PostingBodyTest {

  final PostingBody body = new PostingBody(JsonMapper.builder().build(), DataSize.ofKilobytes(1));

  static MockHttpServletRequest chunked(String content) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/works") {
      @Override
      public long getContentLengthLong() {
        return -1;
      }
    };
    request.setContentType("application/json");
    request.setContent(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return request;
  }

  @Test
  void aChunkedBodyOverTheLimitIs413() {
    assertThatThrownBy(() -> body.read(chunked("{\"title\": \"" + "a".repeat(2000) + "\"}")))
        .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
          assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
          assertThat(e.getReason()).contains("larger than");
        });
  }

  @Test
  void aChunkedBodyWithinTheLimitIsRead() {
    assertThat(body.read(chunked("{\"title\": \"Small\"}")).get("title").asString()).isEqualTo("Small");
  }
}
