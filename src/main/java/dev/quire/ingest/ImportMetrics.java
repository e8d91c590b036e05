package dev.quire.ingest;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The files imported into the archive, by outcome, as a Prometheus counter
 * ({@code quire_imports_files_total{outcome="imported|updated|duplicate|failed"}}). Read from the
 * import reports in the database at each scrape, not counted in this process: imports run as
 * {@code quire import} commands, each a process of its own that no scraper sees, so a serving
 * node counts them only this way, and every node gives the same numbers. Dry runs are left out.
 */
@Component
class ImportMetrics implements MeterBinder {

  /** Each outcome's word, and the import report's column that counts it. */
  private static final Map<FileOutcome.Status, String> COLUMNS = Map.of(
      FileOutcome.Status.IMPORTED, "imported",
      FileOutcome.Status.UPDATED, "updated",
      FileOutcome.Status.DUPLICATE, "duplicates",
      FileOutcome.Status.FAILED, "failed");

  private final JdbcTemplate jdbc;

  ImportMetrics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    COLUMNS.forEach((status, column) -> FunctionCounter
        .builder("quire.imports.files", this, metrics -> metrics.total(column))
        .description("Files imported, by outcome (import reports of every run, dry runs aside)")
        .tag("outcome", status.word())
        .register(registry));
  }

  /**
   * The column's total over the runs; 0 while the database does not answer, which a counter reads
   * as no change (it keeps the highest value it has seen), so a scrape still answers.
   */
  private double total(String column) {
    try {
      Long total = jdbc.queryForObject(
          "select coalesce(sum(" + column + "), 0) from import_run where dry_run = false", Long.class);
      return total == null ? 0 : total;
    } catch (DataAccessException e) {
      return 0;
    }
  }
}
