package dev.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

class JsonBodyTest {

  final JsonMapper json = JsonMapper.builder().build();
  final JsonBody.Reader reader = new JsonBody.Reader(100, "At most 100 bytes.", "{\"workId\": 1}", JsonBody.BAD_REQUEST);

  static MockHttpServletRequest request(String type, String content) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/things");
    request.setContentType(type);
    request.setContent(content.getBytes(StandardCharsets.UTF_8));
    return request;
  }

  JsonBody body(String content) {
    return reader.read(json, request("application/json", content));
  }

  static void refused(Runnable reading, HttpStatus status, String message) {
    assertThatThrownBy(reading::run).isInstanceOfSatisfying(ResponseStatusException.class, e -> {
      assertThat(e.getStatusCode()).isEqualTo(status);
      assertThat(e.getReason()).isEqualTo(message);
    });
  }

  @Test
  void aBodyNotSentAsJsonIs415() {
    refused(() -> reader.read(json, request("text/plain", "{}")), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Send the body as JSON, with Content-Type: application/json.");
  }

  @Test
  void aBodyPastTheEndpointsSizeIs413WithItsMessage() {
    refused(() -> body("{\"text\": \"" + "a".repeat(100) + "\"}"), HttpStatus.CONTENT_TOO_LARGE, "At most 100 bytes.");
  }

  @Test
  void anEmptyBodyOrOneThatIsNotJsonIs400SayingWhere() {
    refused(() -> body(""), HttpStatus.BAD_REQUEST, "The body is empty: send a JSON object.");
    assertThatThrownBy(() -> body("[1, 2")).isInstanceOfSatisfying(ResponseStatusException.class,
        e -> assertThat(e.getReason()).startsWith("The body is not valid JSON at line 1, column"));
  }

  @Test
  void jsonThatIsNoObjectIs400ShowingTheExample() {
    refused(() -> body("[1, 2]"), HttpStatus.BAD_REQUEST, "Send a JSON object: {\"workId\": 1}.");
  }

  @Test
  void fieldsAreReadByTypeAndMissingOrNullOnesAreEmpty() {
    JsonBody body = body("{\"workId\": 3, \"user\": \"ann\", \"rec\": true, \"tags\": [\"a\", \"b\"], \"x\": null}");

    assertThat(body.id("workId")).isEqualTo(3L);
    assertThat(body.text("user")).isEqualTo("ann");
    assertThat(body.flag("rec")).isTrue();
    assertThat(body.textList("tags")).containsExactly("a", "b");
    assertThat(body.has("x")).isFalse();
    assertThat(body.id("x")).isNull();
    assertThat(body.text("missing")).isNull();
    assertThat(body.flag("missing")).isFalse();
    assertThat(body.textList("missing")).isEqualTo(List.of());
  }

  @Test
  void aFieldOfTheWrongTypeIsRefusedThroughTheEndpointsRefusal() {
    JsonBody body = body("{\"workId\": \"one\", \"user\": 1, \"rec\": \"yes\", \"tags\": [1]}");

    refused(() -> body.id("workId"), HttpStatus.BAD_REQUEST, "Give workId as a whole number.");
    refused(() -> body.text("user"), HttpStatus.BAD_REQUEST, "Give user as a string.");
    refused(() -> body.flag("rec"), HttpStatus.BAD_REQUEST, "Give rec as true or false.");
    refused(() -> body.textList("tags"), HttpStatus.BAD_REQUEST, "Give tags as a list of strings.");
    refused(() -> body.requiredId("seriesId"), HttpStatus.BAD_REQUEST, "Give seriesId as a whole number.");
  }
}
