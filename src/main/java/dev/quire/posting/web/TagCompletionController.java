package dev.quire.posting.web;

import dev.quire.posting.TagCompletion;
import dev.quire.posting.TagCompletion.Completion;
import dev.quire.tag.TagKind;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /autocomplete/tags?kind=fandom&term=mer} → {@code [{"name":"Merlin (TV)","canonical":true}]}:
 * existing tags for the work form's tag fields, canonical first. Tag names are public, as on AO3.
 */
@RestController
class TagCompletionController {

  private final TagCompletion completion;

  TagCompletionController(TagCompletion completion) {
    this.completion = completion;
  }

  @GetMapping("/autocomplete/tags")
  List<Completion> complete(@RequestParam String kind, @RequestParam(defaultValue = "") String term) {
    TagKind tagKind;
    try {
      tagKind = TagKind.fromKey(kind);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind must be one of " + TagKind.keys() + ".");
    }
    return completion.complete(tagKind, term);
  }
}
