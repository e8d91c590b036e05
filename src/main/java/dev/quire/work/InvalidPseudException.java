package dev.quire.work;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A pseud's fields broke a rule; nothing was changed. Each problem is a sentence for the form. */
public class InvalidPseudException extends RuntimeException {

  private final Map<String, String> problems;

  InvalidPseudException(Map<String, String> problems) {
    super(String.join(" ", problems.values()));
    this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
  }

  /** Field ({@code name}, {@code description}, {@code iconAlt}) → what is wrong with it. */
  public Map<String, String> problems() {
    return problems;
  }
}
