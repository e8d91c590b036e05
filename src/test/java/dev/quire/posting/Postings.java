package dev.quire.posting;

import dev.quire.work.Work;
import dev.quire.work.WorkRepository;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Works for posting tests: valid fields to start from, and a look at what was stored. */
@Component
public class Postings {

  private final WorkRepository works;
  private final TransactionTemplate transactions;

  Postings(WorkRepository works, TransactionTemplate transactions) {
    this.works = works;
    this.transactions = transactions;
  }

  /** A word no other test uses, to find a work by. */
  public static String word() {
    return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** Fields AO3 would accept: a title, a rating, a warning and a fandom. */
  public static WorkFields.Builder valid(String title) {
    return WorkFields.builder()
        .title(title)
        .rating("General Audiences")
        .warnings(List.of("No Archive Warnings Apply"))
        .fandoms(List.of("Original Work"));
  }

  /** A work of one plain-text chapter with these fields. */
  public static NewWork oneChapter(WorkFields fields, String text, boolean draft) {
    return new NewWork(fields, List.of(ChapterText.plain(null, text)), draft);
  }

  /** What {@code read} says of the stored work, read in a transaction of its own. */
  public <T> T stored(long workId, Function<Work, T> read) {
    return transactions.execute(status -> read.apply(works.findById(workId).orElseThrow()));
  }
}
