package dev.quire.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON API request's body, read the one way every endpoint reads it: one not sent as JSON is
 * {@code 415}; one past the endpoint's size is {@code 413} as soon as it passes it (a body sent in
 * chunks is never held whole); an empty one, or one that is not JSON, is {@code 400} naming where it
 * stops being JSON. {@link Reader#read} then asks for an object, and its typed accessors
 * ({@link #text}, {@link #id}, {@link #flag}, {@link #textList}) refuse a field of the wrong type
 * with {@code "Give <field> as ..."} through the endpoint's own {@link Refusal}. A field that is
 * missing or {@code null} is {@code null} (a flag: {@code false}; a list: empty).
 *
 * <pre>{@code
 * static final JsonBody.Reader BODY = new JsonBody.Reader(16 * 1024, "A subscription is at most 16 KiB of JSON.",
 *     "{\"workId\": 1}", JsonBody.BAD_REQUEST);
 * JsonBody body = BODY.read(json, request);
 * Long workId = body.id("workId");
 * }</pre>
 *
 * Not thread-safe; one per request (a {@link Reader} is a value, shared freely).
 */
public final class JsonBody {

  /** How an endpoint refuses a field of the wrong type: the field's name and what to send instead. */
  @FunctionalInterface
  public interface Refusal {
    RuntimeException refuse(String field, String message);
  }

  /** A refusal as the API's plain {@code 400} with {@code {"message"}}. */
  public static final Refusal BAD_REQUEST = (field, message) -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
      message);

  /**
   * How one endpoint reads its body.
   *
   * @param maxBytes the largest body read
   * @param tooLarge the {@code 413}'s message
   * @param example an object to send, shown when the body is JSON but no object
   * @param refusal how a field of the wrong type is refused
   */
  public record Reader(long maxBytes, String tooLarge, String example, Refusal refusal) {

    /** The request's body, an object. */
    public JsonBody read(JsonMapper json, HttpServletRequest request) {
      JsonNode node = JsonBody.read(json, request, maxBytes, tooLarge);
      if (!node.isObject()) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Send a JSON object: " + example + ".");
      }
      return new JsonBody(node, refusal);
    }
  }

  private final JsonNode node;
  private final Refusal refusal;

  private JsonBody(JsonNode node, Refusal refusal) {
    this.node = node;
    this.refusal = refusal;
  }

  /**
   * The request's body as JSON of any shape, never {@code null}.
   *
   * @throws ResponseStatusException {@code 415} when it is not sent as JSON, {@code 413} with
   *     {@code tooLarge} past {@code maxBytes}, {@code 400} when it is empty or not JSON
   */
  public static JsonNode read(JsonMapper json, HttpServletRequest request, long maxBytes, String tooLarge) {
    String type = request.getContentType();
    if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON)) {
      throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Send the body as JSON, with Content-Type: application/json.");
    }
    byte[] bytes;
    try (InputStream in = request.getInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > maxBytes) {
      throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge);
    }
    if (bytes.length == 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body is empty: send a JSON object.");
    }
    try {
      return json.readTree(bytes);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "The body is not valid JSON" + where + ": " + e.getOriginalMessage());
    }
  }

  /**
   * Refuses a field that is none of {@code known}, so that a misspelt one ({@code "privat"}) is
   * told, not silently left out; returns this body.
   */
  public JsonBody onlyFields(String... known) {
    List<String> fields = List.of(known);
    for (String field : node.propertyNames()) {
      if (!fields.contains(field)) {
        throw refusal.refuse(field, "'" + field + "' is not a field here: send " + String.join(", ", known) + ".");
      }
    }
    return this;
  }

  /** Whether the body gives {@code field} a value other than {@code null}. */
  public boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  /** The string {@code field}, or {@code null}. */
  public String text(String field) {
    return typed(field, JsonNode::isString, "a string", JsonNode::stringValue, null);
  }

  /** The whole number {@code field}, or {@code null}. */
  public Long id(String field) {
    return typed(field, value -> value.isIntegralNumber() && value.canConvertToLong(), "a whole number",
        JsonNode::longValue, null);
  }

  /** The whole number {@code field}, refused when it is missing too. */
  public long requiredId(String field) {
    Long id = id(field);
    if (id == null) {
      throw refusal.refuse(field, "Give " + field + " as a whole number.");
    }
    return id;
  }

  /** The boolean {@code field}, or {@code false}. */
  public boolean flag(String field) {
    return typed(field, JsonNode::isBoolean, "true or false", JsonNode::booleanValue, false);
  }

  /** The list of strings {@code field}, or an empty list. */
  public List<String> textList(String field) {
    return typed(field, value -> value.isArray() && value.values().stream().allMatch(JsonNode::isString),
        "a list of strings", value -> value.values().stream().map(JsonNode::stringValue).toList(), List.of());
  }

  /** {@code field}'s value when it {@code fits}, {@code otherwise} when missing or null; else refused. */
  private <T> T typed(String field, Predicate<JsonNode> fits, String as, Function<JsonNode, T> value, T otherwise) {
    if (!has(field)) {
      return otherwise;
    }
    JsonNode given = node.get(field);
    if (!fits.test(given)) {
      throw refusal.refuse(field, "Give " + field + " as " + as + ".");
    }
    return value.apply(given);
  }
}
