package dev.quire.wrangling.web;

import dev.quire.account.Viewer;
import dev.quire.search.TagRefiling.Refile;
import dev.quire.tag.TagSlug;
import dev.quire.wrangling.ShownChange;
import dev.quire.wrangling.TagEdit;
import dev.quire.wrangling.UnwrangledQueue;
import dev.quire.wrangling.UnwrangledTag;
import dev.quire.wrangling.VocabularyMerge;
import dev.quire.wrangling.WrangledTag;
import dev.quire.wrangling.Wrangling;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Wrangling through the API, for wranglers' and admins' tokens: {@code GET /api/v1/tags/{name}}
 * (the name as in a tag page's address, {@code ?kind=} when several kinds have it), {@code PATCH}
 * of the same with {@code {"canonical","synonymOf","parents":[],"metaTags":[],"unwrangleable","kind"}}
 * (a field left out stays; {@code "synonymOf":""} makes it no synonym; {@code "kind"} is the kind it
 * becomes, while {@code ?kind=} says which tag is meant), answering the tag as it then is, and
 * {@code GET /api/v1/tags/unwrangled?fandom=&kind=}, and {@code POST
 * /api/v1/tags/unwrangled/merge?fandom=&preview=} (every proposal for a fandom's tags, at once).
 * Another token gets 403; a change the rules
 * refuse, 422 with why; an unknown tag, 404.
 */
@RestController
class TagApiController {

  /** A tag as its wranglers read it. */
  record TagJson(String name, String kind, boolean canonical, boolean unwrangleable, String synonymOf,
      List<String> synonyms, List<String> parents, List<String> metaTags, List<String> subTags, long works,
      long bookmarks, List<ChangeJson> changes, List<RefileJson> refiles) {

    static TagJson of(WrangledTag tag) {
      return new TagJson(tag.name(), tag.kind().key(), tag.canonical(), tag.unwrangleable(), tag.synonymOf(),
          tag.synonyms(), tag.parents().stream().map(WrangledTag.Named::name).toList(), tag.metaTags(), tag.subTags(),
          tag.works(), tag.bookmarks(), tag.changes().stream().map(ChangeJson::of).toList(),
          tag.refiles().stream().map(RefileJson::of).toList());
    }
  }

  /** One change of the audit trail; {@code changeSet} is shared by the changes one action made. */
  record ChangeJson(String changeSet, String user, String what, String before, String after, Instant at) {
    static ChangeJson of(ShownChange change) {
      return new ChangeJson(change.changeSet(), change.userName(), change.what().label(), change.before(), change.after(),
          change.changedAt());
    }
  }

  /** One re-filing in search and its progress. */
  record RefileJson(String reason, int total, int done, boolean finished) {
    static RefileJson of(Refile refile) {
      return new RefileJson(refile.reason(), refile.total(), refile.done(), refile.finishedAt() != null);
    }
  }

  /** The unwrangled queue. */
  record QueueJson(List<QueuedJson> tags) {}

  /** A tag of the queue, its uses, and the canonical tag Quire proposes it be a synonym of, with why (or nulls). */
  record QueuedJson(String name, String kind, long uses, String proposedSynonymOf, String evidence) {
    static QueuedJson of(UnwrangledTag tag) {
      return new QueuedJson(tag.name(), tag.kind().key(), tag.uses(),
          tag.proposal() == null ? null : tag.proposal().synonymOf(), tag.proposal() == null ? null : tag.proposal().evidence());
    }
  }

  /** A merge of a fandom's vocabulary, done or previewed. */
  record MergeJson(String fandom, boolean preview, List<MergedJson> tags) {
    static MergeJson of(VocabularyMerge.Report report) {
      return new MergeJson(report.fandom(), report.preview(), report.merged().stream()
          .map(m -> new MergedJson(m.tag(), m.kind().key(), m.synonymOf(), m.evidence())).toList());
    }
  }

  /** A tag a merge made (or would make) a synonym. */
  record MergedJson(String name, String kind, String synonymOf, String evidence) {}

  private final Wrangling wrangling;
  private final UnwrangledQueue queue;
  private final VocabularyMerge merge;

  TagApiController(Wrangling wrangling, UnwrangledQueue queue, VocabularyMerge merge) {
    this.wrangling = wrangling;
    this.queue = queue;
    this.merge = merge;
  }

  /** Accepts every proposal for the fandom's unwrangled tags, or with {@code preview=true} says which it would. */
  @PostMapping("/api/v1/tags/unwrangled/merge")
  MergeJson merge(@RequestParam(required = false) String fandom, @RequestParam(defaultValue = "false") boolean preview,
      Viewer viewer) {
    return MergeJson.of(merge.acceptAll(viewer, fandom, preview));
  }

  @GetMapping("/api/v1/tags/unwrangled")
  QueueJson unwrangled(@RequestParam(required = false) String fandom, @RequestParam(required = false) String kind,
      Viewer viewer) {
    return new QueueJson(queue.list(viewer, KindParameter.of(kind), fandom).stream().map(QueuedJson::of).toList());
  }

  @GetMapping("/api/v1/tags/{name}")
  TagJson tag(@PathVariable String name, @RequestParam(required = false) String kind, Viewer viewer) {
    return TagJson.of(wrangling.tag(viewer, TagSlug.decode(name), KindParameter.of(kind)));
  }

  @PatchMapping("/api/v1/tags/{name}")
  TagJson change(@PathVariable String name, @RequestParam(required = false) String kind,
      @RequestBody TagEdit edit, Viewer viewer) {
    return TagJson.of(wrangling.change(viewer, TagSlug.decode(name), KindParameter.of(kind), edit));
  }
}
