package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.work.WorkCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/works/{id}}: one work in full, when the caller may read it; else 404. Whether
 * it is a draft or restricted is said to those who may edit it.
 */
@RestController
@RequestMapping("/api/v1/works")
class WorkApiController {

  private final WorkCatalog catalog;

  WorkApiController(WorkCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/{id}")
  WorkJson.Full work(@PathVariable long id, Viewer viewer) {
    return WorkJson.full(WorkController.find(catalog, viewer, id));
  }
}
