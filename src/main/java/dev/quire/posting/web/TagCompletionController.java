package dev.quire.posting.web;

import dev.quire.posting.TagCompletion;
import dev.quire.posting.TagCompletion.Completion;
import dev.quire.tag.TagKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
    Set<TagKind> kinds = EnumSet.noneOf(TagKind.class);
    try {
      for (String key : kind.split(",", 8)) {
        kinds.add(TagKind.fromKey(key.strip()));
      }
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "kind must be one or more of " + TagKind.keys() + ", separated by commas.");
    }
    return completion.complete(kinds, term);
  }
}
