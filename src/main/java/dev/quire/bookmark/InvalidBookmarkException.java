package dev.quire.bookmark;

import dev.quire.account.FormProblems;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What is wrong with a bookmark's form, by field ({@code notes}, {@code tags}): notes too long, or a
 * tag too long. Nothing was kept; the form shows each problem beside its field (422), the API
 * answers 400 with them.
 */
public class InvalidBookmarkException extends ResponseStatusException {

  private final transient FormProblems problems;

  public InvalidBookmarkException(Map<String, String> problems) {
    super(HttpStatus.UNPROCESSABLE_CONTENT, String.join(" ", problems.values()));
    this.problems = new FormProblems(problems);
  }

  public FormProblems problems() {
    return problems;
  }
}
