package dev.quire.claim;

import dev.quire.work.WorkSummary.Byline;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a claim link offers the person who opened it.
 *
 * @param bylines the imported bylines whose works it hands over, in the order they were first imported
 * @param works how many works credit them
 * @param expires until when the link may be accepted
 */
public record ClaimOffer(List<Byline> bylines, long works, Instant expires) {

  public ClaimOffer {
    bylines = List.copyOf(bylines);
  }

  /** The bylines' names, quoted, for a sentence: {@code "Sam" and "S. Vale"}. */
  public String names() {
    List<String> quoted = bylines.stream().map(b -> "\"" + b.name() + "\"").toList();
    return quoted.size() == 1 ? "the name " + quoted.getFirst()
        : "the names " + quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", "))
            + " and " + quoted.getLast();
  }
}
