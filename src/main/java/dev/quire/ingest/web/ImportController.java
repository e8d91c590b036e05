package dev.quire.ingest.web;

import dev.quire.account.Viewer;
import dev.quire.ingest.ImportHistory;
import dev.quire.ingest.ImportOwner;
import dev.quire.ingest.ImportReport;
import dev.quire.ingest.Importer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The reports of past imports: every run, and each file's outcome within one; and the upload by
 * which a logged-in archivist imports files as one run, whose works are then theirs.
 */
@Controller
class ImportController {

  private static final int RUNS_SHOWN = 100;

  private final ImportHistory history;
  private final Importer importer;

  ImportController(ImportHistory history, Importer importer) {
    this.history = history;
    this.importer = importer;
  }

  @GetMapping("/imports")
  String list(Viewer viewer, Model model) {
    model.addAttribute("runs", history.recent(RUNS_SHOWN));
    model.addAttribute("mayImport", ImportOwner.mayImport(viewer));
    return "imports/list";
  }

  @GetMapping("/imports/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("run", history.run(id).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no import " + id + ".")));
    return "imports/show";
  }

  /** Imports the files sent as one run owned by the archivist sending them, and shows its report. */
  @PostMapping("/imports")
  String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Viewer viewer) {
    ImportOwner owner = ImportOwner.archivist(viewer);
    Map<String, byte[]> named = new LinkedHashMap<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
      if (!file.isEmpty() && !name.isEmpty()) {
        // A browser sends a file's name alone; a name with a folder in it is cut to its last part.
        named.put(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1), bytes(file));
      }
    }
    if (named.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Choose one file or more to import.");
    }
    ImportReport report = importer.importFiles(named, owner, false);
    return "redirect:/imports/" + report.runId();
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
