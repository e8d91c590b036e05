package dev.quire.ingest.archive;

import dev.quire.ingest.archive.ArchiveTable.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The favourite stories an eFiction archive's members kept ({@code favorites}, or eFiction 2's
 * {@code favstor}), and what cannot be kept of the rest: favourite authors and series (Quire
 * bookmarks works), favourites of a story the archive does not list, or of a member it does not.
 * Immutable.
 *
 * @param stories each member's favourite stories, in the dump's order, once each
 * @param passedOver one sentence for each kind of favourite not kept, with how many
 */
public record EfictionFavourites(List<ArchivedFavourite> stories, List<String> passedOver) {

  public EfictionFavourites {
    stories = List.copyOf(stories);
    passedOver = List.copyOf(passedOver);
  }

  static EfictionFavourites of(EfictionDump dump, Set<Long> storyIds) {
    Map<Long, String> penNames = new HashMap<>();
    dump.byId("authors", "uid").forEach((uid, rows) -> {
      String name = ArchiveText.plain(rows.getFirst().get("penname"));
      if (name != null) {
        penNames.put(uid, name);
      }
    });
    Set<ArchivedFavourite> kept = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    int authors = 0;
    int series = 0;
    int unknownStories = 0;
    int unknownMembers = 0;
    List<Row> rows = new ArrayList<>(dump.rows("favorites"));
    rows.addAll(dump.rows("favstor"));
    for (Row row : rows) {
      String type = row.get("type") == null ? "" : row.get("type").strip().toUpperCase(Locale.ROOT);
      Long uid = row.id("uid");
      Long item = row.id("item");
      if (type.equals("AU")) {
        authors++;
      } else if (!type.isEmpty() && !type.equals("ST")) {
        series++;
      } else if (item == null || !storyIds.contains(item)) {
        unknownStories++;
      } else if (uid == null || !penNames.containsKey(uid)) {
        unknownMembers++;
      } else if (seen.add(uid + "/" + item)) {
        kept.add(new ArchivedFavourite(penNames.get(uid), item, ArchiveText.html(row.get("comments"))));
      }
    }
    List<String> passedOver = new ArrayList<>();
    count(passedOver, authors, "favourite author", "Quire bookmarks works, not people");
    count(passedOver, series, "favourite series", "only favourite stories become bookmarks");
    count(passedOver, unknownStories, "favourite", "its story is not in the stories table");
    count(passedOver, unknownMembers, "favourite", "its member is not in the authors table");
    return new EfictionFavourites(List.copyOf(kept), passedOver);
  }

  private static void count(List<String> lines, int count, String what, String why) {
    if (count > 0) {
      lines.add(count + " " + what + (count == 1 || what.endsWith("series") ? "" : "s") + " not kept: " + why);
    }
  }
}
