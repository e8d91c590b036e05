package dev.quire.ingest;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Past import runs for {@code /imports}, read detached in their own transactions. */
@Component
public class ImportHistory {

  private final ImportRunRepository runs;

  ImportHistory(ImportRunRepository runs) {
    this.runs = runs;
  }

  /** The newest runs first, without their files. */
  @Transactional(readOnly = true)
  public List<ImportRun> recent(int count) {
    return runs.findRecent(PageRequest.of(0, count));
  }

  /** One run with every file's outcome. */
  @Transactional(readOnly = true)
  public Optional<ImportRun> run(long id) {
    return runs.findWithFiles(id);
  }
}
