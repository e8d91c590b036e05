package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.ingest.FileOutcome.Status;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.Tags;
import dev.quire.wrangling.TagEdit;
import dev.quire.wrangling.Wrangling;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An import stores its files in batches; the tags an earlier batch found, a later one knows by id.
 * Indexing a work walks its tags' meta tags, so a batch loads its tags and the tags they reach,
 * meta tags included, by query rather than as indexing touches them.
 */
class BatchTagLoadingTest extends ArchiveTest {

  /** The AO3 download fixture's tags: rating, warning, two categories, fandom, relationship, two characters, two more. */
  private static final int TAGS_PER_WORK = 10;


  @Autowired Importer importer;
  @Autowired Tags tags;
  @Autowired Wrangling wrangling;
  @Autowired TestAccounts accounts;
  @Autowired WorkQuery query;
  @Autowired EntityManagerFactory entityManagerFactory;

  @Test
  void laterBatchesLoadTheTagsEarlierOnesFoundWithTheirMetaTagsAndIndexUnderThem(@TempDir Path folder) throws IOException {
    long first = ThreadLocalRandom.current().nextLong(10_000_000, 90_000_000);
    String tag = "Quiet Mornings " + first;
    String meta = "Domesticity " + first;
    Viewer wrangler = Viewer.of(accounts.create(Role.WRANGLER));
    for (String name : List.of(tag, meta)) {
      tags.named(TagKind.FREEFORM, name);
      wrangling.change(wrangler, name, TagKind.FREEFORM, new TagEdit(true, null, null, null, null));
    }
    wrangling.change(wrangler, tag, TagKind.FREEFORM, new TagEdit(null, null, null, List.of(meta), null));
    // A synonym of the tag: indexing files its works under what it stands for and that tag's meta tag.
    String synonym = "Slow Mornings " + first;
    tags.named(TagKind.FREEFORM, synonym);
    wrangling.change(wrangler, synonym, TagKind.FREEFORM, new TagEdit(null, tag, null, null, null));

    // Three batches' worth, each file a work of its own address naming the tag and its synonym.
    int batches = 3;
    int files = (batches - 1) * ImportBatch.MAX_FILES + 10;
    String download = download();
    for (int n = 0; n < files; n++) {
      Files.writeString(folder.resolve("work-" + n + ".html"),
          download.replace("1234567", String.valueOf(first + n)).replace(">Storms<", ">" + tag + "<").replace(">Found Family<", ">" + synonym + "<"));
    }

    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    ImportReport report;
    long tagsLoadedAlone;
    long metaTagsLoadedAlone;
    try {
      statistics.clear();
      report = importer.importPaths(List.of(folder), false, outcome -> {});
      // A fetch is a load when an entity or collection is first touched, not by a query.
      tagsLoadedAlone = statistics.getEntityStatistics(Tag.class.getName()).getFetchCount();
      metaTagsLoadedAlone = statistics.getCollectionStatistics(Tag.class.getName() + ".metaTags").getFetchCount();
    } finally {
      statistics.setStatisticsEnabled(false);
    }

    assertThat(report.files()).extracting(FileOutcome::status).containsOnly(Status.IMPORTED);
    // Loaded as indexing touched them, each of the later batches' ten tags was fetched by itself
    // (20 fetches), and meta tags were looked up 15 times. The statistics are the whole archive's:
    // after other test classes they have counted one or two tag fetches during the import for
    // which the SQL log shows no statement of the import's. A batch's worth is not allowed.
    assertThat(tagsLoadedAlone).as("tags loaded one at a time while the files were stored").isLessThan(TAGS_PER_WORK);
    assertThat(metaTagsLoadedAlone).as("tags whose meta tags were looked up when first touched")
        .isLessThan(TAGS_PER_WORK);
    assertThat(query.search(Viewer.guest(), WorkSearch.of("freeform:\"" + meta + "\"")).total())
        .as("works found under the tag's meta tag")
        .isEqualTo(files);
  }

  private String download() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/formats/ao3-download.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
