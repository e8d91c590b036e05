package dev.quire.tagging;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What an archive's editors decided on its suggestions, by how each was found: a way of finding
 * they reject more often than its confidence promised is trusted less in that archive.
 *
 * <p>A finding's confidences are multiplied by {@code (accepted + PRIOR) / (expected + PRIOR)}, at
 * most 1, where {@code expected} is the sum of the decided suggestions' confidences: how many a
 * calibrated finding would have had accepted. Rejecting a suggestion at 0.1 therefore costs its
 * finding little, rejecting one at 0.9 much, and accepting offsets rejecting; the prior of
 * {@value #PRIOR} keeps a few decisions from moving much (five rejections at 0.9 halve the
 * finding's confidence). The record only lowers: acceptances by an editor who accepts all are no
 * evidence that a finding is better than the evaluation data says. Immutable.
 */
public final class EditorsRecord {

  /** Decisions' weight before the archive has any, in accepted suggestions. */
  static final double PRIOR = 5;

  /** An archive whose editors decided nothing yet: every confidence stays as found. */
  public static final EditorsRecord NONE = new EditorsRecord(Map.of());

  /**
   * One finding's decisions.
   *
   * @param expected the sum of the decided suggestions' confidences as they were offered
   */
  public record Tally(long decided, long accepted, double expected) {
    public Tally {
      if (decided < 0 || accepted < 0 || accepted > decided || expected < 0) {
        throw new IllegalArgumentException("not a tally: " + decided + " decided, " + accepted + " accepted");
      }
    }
  }

  private final Map<Finding, Tally> tallies;

  private EditorsRecord(Map<Finding, Tally> tallies) {
    this.tallies = tallies;
  }

  public static EditorsRecord of(Map<Finding, Tally> tallies) {
    return tallies.isEmpty() ? NONE : new EditorsRecord(new EnumMap<>(tallies));
  }

  /** The factor {@code finding}'s confidences are multiplied by here: 1 until its editors reject. */
  public double trust(Finding finding) {
    Tally tally = tallies.get(Objects.requireNonNull(finding, "finding"));
    if (tally == null) {
      return 1;
    }
    return Math.min(1, (tally.accepted() + PRIOR) / (tally.expected() + PRIOR));
  }

  /** {@code suggestion} at the confidence its finding has earned here, the evidence saying why. */
  public Suggestion weigh(Suggestion suggestion) {
    double trust = trust(suggestion.finding());
    if (trust >= 1) {
      return suggestion;
    }
    Tally tally = tallies.get(suggestion.finding());
    String why = String.format(Locale.ROOT, "%s; lowered from %.2f: editors here accepted %d of %d suggestions of %s",
        suggestion.evidence(), suggestion.confidence(), tally.accepted(), tally.decided(),
        suggestion.finding().label());
    return new Suggestion(suggestion.kind(), suggestion.name(), suggestion.confidence() * trust, why,
        suggestion.finding());
  }
}
