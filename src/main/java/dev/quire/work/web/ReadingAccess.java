package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.reader.AdultContentGate;
import dev.quire.tag.Rating;
import dev.quire.work.SeriesDetails;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The way in to a work's or a series' text, for the pages and downloads that show it: the access
 * policy first (a work the viewer may not read is not found, 404, as one that does not exist), then
 * the adult-content gate. Its answer is an {@link Admission} that holds the work only inside its two
 * cases, so a handler reaches the text only by saying what it does when the reader must first agree:
 * no handler can forget the gate. Only this class asks {@link AdultContentGate} (ArchitectureTest
 * checks it). Thread-safe.
 *
 * <p>Pages that show no chapter text (the chapter index, the API, the gate's own pages) read
 * through {@link WorkCatalog} with the viewer, which applies the access policy alone.
 */
@Component
public class ReadingAccess {

  private final WorkCatalog catalog;
  private final AdultContentGate gate;

  ReadingAccess(WorkCatalog catalog, AdultContentGate gate) {
    this.catalog = catalog;
    this.gate = gate;
  }

  /**
   * What the reader may do with something they asked to read.
   *
   * @param <T> the work or series
   */
  public sealed interface Admission<T> {}

  /** The reader may read it now. */
  public record Admitted<T>(T item) implements Admission<T> {}

  /**
   * The reader must first agree to see adult content.
   *
   * @param continueUrl the page asked for, with its query kept and {@code view_adult=true} added
   */
  public record AskFirst<T>(T item, String continueUrl) implements Admission<T> {}

  /**
   * The work {@code id}, if {@code viewer} may read it, without its chapters' texts: what tells
   * whether a browser's copy of a page or download is still good (the texts' digests among it). The
   * answer that shows texts reads them with {@link #withTexts(WorkDetails, WorkCatalog.Texts)}.
   *
   * @throws ResponseStatusException 404 when there is no such work or the viewer may not read it
   */
  public Admission<WorkDetails> work(Viewer viewer, long id, ServletWebRequest exchange) {
    WorkDetails work = catalog.details(viewer, id, WorkCatalog.Texts.NONE).orElseThrow(() -> noWork(id));
    return admit(work, work.summary().rating(), exchange);
  }

  /**
   * An admitted {@code work} with the texts of the chapters {@code texts} chooses, for an answer that
   * shows them: a page reads only those it shows.
   *
   * @throws dev.quire.work.WorkNotFoundException (404) when a chosen chapter was deleted meanwhile
   */
  public WorkDetails withTexts(WorkDetails work, WorkCatalog.Texts texts) {
    return catalog.withTexts(work, texts);
  }

  /**
   * The series {@code id} with the works {@code viewer} may read in it, without their texts, which
   * {@link #withTexts(SeriesDetails)} reads for its download.
   *
   * @throws ResponseStatusException 404 when there is no such series or the viewer may read none of
   *     its works
   */
  public Admission<SeriesDetails> series(Viewer viewer, long id, ServletWebRequest exchange) {
    SeriesDetails series = catalog.series(viewer, id).orElseThrow(() -> noSeries(id));
    return admit(series, series.rating(), exchange);
  }

  /** An admitted {@code series} with every chapter's text of its works, for its download. */
  public SeriesDetails withTexts(SeriesDetails series) {
    return catalog.withTexts(series);
  }

  private <T> Admission<T> admit(T item, Rating rating, ServletWebRequest exchange) {
    return gate.mustAsk(rating, exchange.getRequest(), exchange.getResponse())
        ? new AskFirst<>(item, gate.continueUrl(exchange.getRequest()))
        : new Admitted<>(item);
  }

  /**
   * The answer for a work that is not there for this viewer: the same whether it does not exist or
   * they may not read it, so that it tells nothing of a draft or a restricted work.
   */
  public static ResponseStatusException noWork(long id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no work " + id + ".");
  }

  /** The answer for a series none of whose works this viewer may read, or that does not exist. */
  public static ResponseStatusException noSeries(long id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no series " + id + " with works to read.");
  }
}
