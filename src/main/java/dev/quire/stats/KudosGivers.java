package dev.quire.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Who left kudos on a work, as AO3's line names them: accounts by user name, oldest first, then
 * how many guests.
 *
 * @param names the accounts' user names
 * @param guests how many guests (and closed accounts) left kudos
 */
public record KudosGivers(List<String> names, int guests) {

  public static final KudosGivers NONE = new KudosGivers(List.of(), 0);

  public KudosGivers {
    names = List.copyOf(names);
  }

  public boolean isEmpty() {
    return names.isEmpty() && guests == 0;
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
    if (guests > 0) {
      parts.add(guests + (guests == 1 ? " guest" : " guests"));
    }
    String who = parts.size() == 1 ? parts.getFirst()
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    return who + " left kudos on this work!";
  }
}
