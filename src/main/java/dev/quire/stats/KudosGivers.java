package dev.quire.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who left kudos on a work, as AO3's line names them: accounts by user name, oldest first, up to
 * {@link #SHOWN} of them, then how many more accounts and how many guests.
 *
 * @param names the first accounts' user names
 * @param more how many accounts left kudos beyond those named
 * @param guests how many guests (and closed accounts) left kudos
 */
public record KudosGivers(List<String> names, int more, int guests) {

  /** The most accounts a work's page names: a popular work's line stays a line, not pages of names. */
  public static final int SHOWN = 50;

  public static final KudosGivers NONE = new KudosGivers(List.of(), 0, 0);

  public KudosGivers {
    names = List.copyOf(names);
  }

  /** Every account named. */
  public KudosGivers(List<String> names, int guests) {
    this(names, 0, guests);
  }

  public boolean isEmpty() {
    return names.isEmpty() && more == 0 && guests == 0;
  }

  /**
   * AO3's sentence without its links: {@code A, B and 12 guests left kudos on this work!}, {@code A
   * left kudos on this work!}, {@code 1 guest left kudos on this work!}; empty when none did.
   */
  public String sentence() {
    if (isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>(names);
    if (more > 0) {
      parts.add(String.format(Locale.ROOT, "%,d more %s", more, more == 1 ? "user" : "users"));
    }
    if (guests > 0) {
      parts.add(guests + (guests == 1 ? " guest" : " guests"));
    }
    String who = parts.size() == 1 ? parts.getFirst()
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    return who + " left kudos on this work!";
  }
}
