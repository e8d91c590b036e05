package dev.quire.work;

import dev.quire.tagging.EditorsRecord;
import dev.quire.tagging.EditorsRecord.Tally;
import dev.quire.tagging.Finding;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's record of its editors' decisions on suggestions: written by {@link
 * SuggestionDecisions} as each is made, read by the suggester to trust less what they reject.
 */
@Component
public class SuggestionRecord {

  private final SuggestionDecisionRepository decisions;
  private final Clock clock;

  SuggestionRecord(SuggestionDecisionRepository decisions, Clock clock) {
    this.decisions = decisions;
    this.clock = clock;
  }

  /** Records that an editor accepted or rejected {@code suggestion}, as it was offered. */
  void decided(TagSuggestion suggestion, boolean accepted) {
    decisions.save(new SuggestionDecision(suggestion, accepted, clock.instant()));
  }

  /** A number that changes whenever a decision is recorded, to know when {@link #read} is stale. */
  @Transactional(readOnly = true)
  public long version() {
    return decisions.latest();
  }

  /** Every decision so far, by how the suggestions decided on were found. */
  @Transactional(readOnly = true)
  public EditorsRecord read() {
    Map<Finding, Tally> tallies = new EnumMap<>(Finding.class);
    for (Object[] row : decisions.tallies()) {
      tallies.put((Finding) row[0], new Tally(((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
          ((Number) row[3]).doubleValue()));
    }
    return EditorsRecord.of(tallies);
  }
}
