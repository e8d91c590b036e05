package dev.quire.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a form, by field name, in the order found: a page shows each message beside
 * its field and answers 422. Empty when the form was accepted. Immutable.
 */
public record FormProblems(Map<String, String> byField) {

  private static final FormProblems NONE = new FormProblems(Map.of());

  public FormProblems {
    byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
  }

  public static FormProblems none() {
    return NONE;
  }

  public static FormProblems of(String field, String message) {
    return new FormProblems(Map.of(field, message));
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  /** The message for {@code field}, or null. */
  public String message(String field) {
    return byField.get(field);
  }
}
