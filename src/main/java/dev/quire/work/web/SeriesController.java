package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.work.SeriesDetails;
import dev.quire.work.WorkCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A series' page, {@code /series/{id}}: the works in it the viewer may read, in reading order, with
 * AO3's markup. A series none of whose works the viewer may read is not found, like its works.
 */
@Controller
class SeriesController {

  private final WorkCatalog catalog;

  SeriesController(WorkCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/series/{id}")
  String show(@PathVariable long id, Viewer viewer, Model model) {
    SeriesDetails series = catalog.series(viewer, id)
        .orElseThrow(() -> WorkController.notFound("There is no series " + id + "."));
    model.addAttribute("series", series);
    return "series/show";
  }
}
