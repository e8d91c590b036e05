package dev.quire.account;

import java.util.Map;

/**
 * An account that cannot be made as asked, with what is wrong in each field a person filled in
 * ({@code userName}, {@code email}, {@code password}), in words to show beside the field.
 */
public final class AccountRefusedException extends RuntimeException {

  private final Map<String, String> problems;

  AccountRefusedException(Map<String, String> problems) {
    super(String.join(" ", problems.values()));
    this.problems = Map.copyOf(problems);
  }

  /** Field name to problem; never empty. */
  public Map<String, String> problems() {
    return problems;
  }
}
