package dev.quire.work.web;

import dev.quire.reader.AdultContentGate;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import dev.quire.work.WorkDetails.Source;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A work's pages: the whole work, its chapter index, and the file it was imported from. */
@Controller
class WorkController {

  private final WorkCatalog catalog;
  private final AdultContentGate gate;

  WorkController(WorkCatalog catalog, AdultContentGate gate) {
    this.catalog = catalog;
    this.gate = gate;
  }

  /**
   * A work as AO3 opens it: a work of several chapters at its first chapter, "Entire Work" (
   * {@code ?view_full_work=true}) a click away; a work of one chapter whole.
   */
  @GetMapping("/works/{id}")
  String show(
      @PathVariable long id,
      @RequestParam(name = "view_full_work", required = false) String viewFullWork,
      HttpServletRequest request,
      Model model) {
    WorkDetails work = find(catalog, id);
    model.addAttribute("work", work);
    if (gate.mustAsk(work.summary().rating(), request)) {
      model.addAttribute("continueUrl", gate.continueUrl(request));
      return "works/adult";
    }
    if (!"true".equalsIgnoreCase(viewFullWork) && work.chapters().size() > 1) {
      return ChapterController.chapterPage(work, work.chapters().getFirst(), model);
    }
    return "works/show";
  }

  @GetMapping("/works/{id}/navigate")
  String navigate(@PathVariable long id, Model model) {
    model.addAttribute("work", find(catalog, id));
    return "works/navigate";
  }

  /** The file the work was first imported from. */
  @GetMapping("/works/{id}/original")
  ResponseEntity<?> original(@PathVariable long id, HttpServletRequest request) {
    WorkDetails work = find(catalog, id);
    Source source = work.source().orElseThrow(() -> notFound("work " + id + " has no original file"));
    return download(work, source, request);
  }

  /** Any of the files the work was imported from (a joined story has one per installment). */
  @GetMapping("/works/{id}/originals/{sha256}")
  ResponseEntity<?> original(@PathVariable long id, @PathVariable String sha256, HttpServletRequest request) {
    WorkDetails work = find(catalog, id);
    Source source = work.sources().stream().filter(s -> s.sha256().equals(sha256)).findFirst()
        .orElseThrow(() -> notFound("work " + id + " has no original " + sha256));
    return download(work, source, request);
  }

  private ResponseEntity<?> download(WorkDetails work, Source source, HttpServletRequest request) {
    long id = work.id();
    if (gate.mustAsk(work.summary().rating(), request)) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER)
          .header(HttpHeaders.LOCATION, "/works/" + id)
          .build();
    }
    byte[] bytes = catalog.original(source.sha256())
        .orElseThrow(() -> notFound("the original of work " + id + " is missing"));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(source.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-SHA256", source.sha256())
        .body(bytes);
  }

  static String chapterPath(WorkDetails work, ChapterText chapter) {
    return "/works/" + work.id() + "/chapters/" + chapter.id();
  }

  static WorkDetails find(WorkCatalog catalog, long id) {
    return catalog.details(id).orElseThrow(() -> notFound("There is no work " + id + "."));
  }

  static ResponseStatusException notFound(String message) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
  }
}
