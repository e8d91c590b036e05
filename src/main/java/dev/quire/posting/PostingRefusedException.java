package dev.quire.posting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What the creator asked for breaks the posting rules: nothing was changed. {@link #problems()}
 * says which field is wrong and why, in words for the creator ({@code "fandoms" → "Fandom is
 * required."}); the form shows each beside its field, the API answers 400 with them.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class PostingRefusedException extends RuntimeException {

  private final Map<String, String> problems;

  public PostingRefusedException(Map<String, String> problems) {
    super(problems.size() == 1
        ? problems.values().iterator().next()
        : "The work was not saved: " + problems.size() + " fields need changes.");
    this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
  }

  /** Field name → problem, in the order the fields are shown; never empty. */
  public Map<String, String> problems() {
    return problems;
  }
}
