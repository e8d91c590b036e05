package dev.quire.comment;

import dev.quire.account.FormProblems;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What is wrong with a comment's form, by field ({@code body}, {@code name}, {@code email},
 * {@code chapterId}): its text is empty or too long, a guest left out their name or address, or the
 * spam rules held it (too many links, the same comment again). Nothing was kept; the form shows
 * each problem beside its field (422), the API answers 400 with them.
 */
public class InvalidCommentException extends ResponseStatusException {

  private final transient FormProblems problems;

  public InvalidCommentException(Map<String, String> problems) {
    super(HttpStatus.UNPROCESSABLE_CONTENT, String.join(" ", problems.values()));
    this.problems = new FormProblems(problems);
  }

  public FormProblems problems() {
    return problems;
  }
}
