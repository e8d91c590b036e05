package dev.quire.cli;

import dev.quire.account.Viewer;
import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.ImportReport;
import dev.quire.ingest.Importer;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import dev.quire.work.SuggestionDecisions;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The demo's sample works in an archive: imports the bundled files ({@code samples/}, once; again
 * they are duplicates) and, as an editor would on each work's page, accepts the rating Quire
 * suggests for a sample that states none (the seeds, plain text from an old archive, are
 * suggested Explicit). Accepting goes through {@link SuggestionDecisions}, as the editor's
 * "accept" does, so the demo shows what an archive looks like after that step.
 */
final class DemoSamples {

  private DemoSamples() {}

  /** Imports the samples into the archive of {@code context} and rates those that need it. */
  static ImportReport importInto(ApplicationContext context) throws IOException {
    Map<String, byte[]> samples = new TreeMap<>();
    for (Resource sample : new PathMatchingResourcePatternResolver().getResources("classpath:samples/*")) {
      samples.put(sample.getFilename(), sample.getContentAsByteArray());
    }
    ImportReport report = context.getBean(Importer.class).importFiles(samples, false);
    WorkCatalog catalog = context.getBean(WorkCatalog.class);
    SuggestionDecisions decisions = context.getBean(SuggestionDecisions.class);
    report.files().stream()
        .filter(outcome -> outcome.status() == FileOutcome.Status.IMPORTED)
        .forEach(outcome -> acceptSuggestedRating(outcome.workId(), catalog, decisions));
    return report;
  }

  private static void acceptSuggestedRating(long workId, WorkCatalog catalog, SuggestionDecisions decisions) {
    WorkDetails work = catalog.details(Viewer.archive(), workId, WorkCatalog.Texts.NONE).orElseThrow();
    if (work.summary().rating() != Rating.NOT_RATED) {
      return;
    }
    work.suggestions().stream()
        .filter(suggestion -> suggestion.kind().equals(TagKind.RATING.key()))
        .findFirst()
        .ifPresent(suggestion -> decisions.accept(Viewer.archive(), workId, suggestion.id(), null));
  }
}
