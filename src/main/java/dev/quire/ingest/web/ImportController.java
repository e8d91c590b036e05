package dev.quire.ingest.web;

import dev.quire.ingest.ImportHistory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The reports of past imports: every run, and each file's outcome within one. */
@Controller
class ImportController {

  private static final int RUNS_SHOWN = 100;

  private final ImportHistory history;

  ImportController(ImportHistory history) {
    this.history = history;
  }

  @GetMapping("/imports")
  String list(Model model) {
    model.addAttribute("runs", history.recent(RUNS_SHOWN));
    return "imports/list";
  }

  @GetMapping("/imports/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("run", history.run(id).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no import " + id + ".")));
    return "imports/show";
  }
}
