package dev.quire.wrangling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ArchiveTest;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.catalog.TagIndex;
import dev.quire.ingest.ArchiveVocabulary;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.TagRefiling;
import dev.quire.search.TestWorks;
import dev.quire.search.WorkHits;
import dev.quire.search.WorkHits.FacetCount;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.tag.Tags;
import dev.quire.tagging.Suggestion;
import dev.quire.work.WorkSummary;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wrangling as a wrangler and a reader meet it: the rules refuse what AO3 refuses, every change is
 * in the tag's audit trail, and what a change moves shows in search once its works are re-filed.
 * Each test names tags of its own (a marker), so other tests' works don't count.
 */
class WranglingTest extends ArchiveTest {

  @Autowired Wrangling wrangling;
  @Autowired UnwrangledQueue queue;
  @Autowired TagRefiling refiling;
  @Autowired WorkPublisher publisher;
  @Autowired WorkQuery query;
  @Autowired TestAccounts accounts;
  @Autowired Tags tags;
  @Autowired ArchiveVocabulary vocabulary;
  @Autowired SynonymProposals proposals;
  @Autowired TransactionTemplate transaction;
  @Autowired TagIndex tagIndex;

  String marker;
  Viewer wrangler;

  @BeforeEach
  void aWrangler() {
    marker = TestWorks.marker();
    wrangler = Viewer.of(accounts.create(Role.WRANGLER));
  }

  @Test
  void aFilterOnACanonicalTagFindsItsSynonymsWorks() {
    long tagged = publish("Tagged", TagKind.CHARACTER, "Lana Lang " + marker);
    long nicknamed = publish("Nicknamed", TagKind.CHARACTER, "Lana " + marker);
    canonical(TagKind.CHARACTER, "Lana Lang " + marker);

    wrangling.change(wrangler, "Lana " + marker, TagKind.CHARACTER, synonymOf("Lana Lang " + marker));
    refileAll();

    assertThat(find("character:\"Lana Lang " + marker + "\"")).containsExactlyInAnyOrder(tagged, nicknamed);
    assertThat(including("character:Lana Lang " + marker)).containsExactlyInAnyOrder(tagged, nicknamed);
    assertThat(excluding("character:Lana Lang " + marker)).isEmpty();
  }

  @Test
  void makingATagASynonymRefilesItsWorksInSearch() {
    canonical(TagKind.FREEFORM, "Fluff " + marker);
    long work = publish("Soft", TagKind.FREEFORM, "fluffy " + marker);

    WrangledTag changed = wrangling.change(wrangler, "fluffy " + marker, TagKind.FREEFORM, synonymOf("Fluff " + marker));

    assertThat(changed.refiles()).singleElement().satisfies(refile -> {
      assertThat(refile.total()).isEqualTo(1);
      assertThat(refile.done()).isZero();
      assertThat(refile.finishedAt()).isNull();
    });
    assertThat(find("freeform:\"Fluff " + marker + "\"")).as("before its works are re-filed").isEmpty();
    refileAll();
    assertThat(find("freeform:\"Fluff " + marker + "\"")).containsExactly(work);
    assertThat(wrangling.tag(wrangler, "fluffy " + marker, null).refiles()).singleElement().satisfies(refile -> {
      assertThat(refile.done()).isEqualTo(1);
      assertThat(refile.finishedAt()).isNotNull();
    });
  }

  @Test
  void aSynonymsWorksCountOnceForItsCanonicalTagInTheFandomsAndTagsLists() {
    String harbour = "Harbour Watch " + marker;
    String harbor = "Harbor Watch " + marker;
    publish("Spelled", TagKind.FANDOM, harbour);
    publish("Respelled", TagKind.FANDOM, harbor);
    publish(StoryDocument.builder().title("Both " + marker).creator("Writer")
        .tag(TagKind.FANDOM, harbour).tag(TagKind.FANDOM, harbor));
    canonical(TagKind.FANDOM, harbour);

    wrangling.change(wrangler, harbor, TagKind.FANDOM, synonymOf(harbour));
    refileAll();

    Viewer guest = Viewer.guest();
    assertThat(tagIndex.fandomsByMedium(guest).stream().flatMap(medium -> medium.fandoms().stream())
        .filter(fandom -> fandom.name().endsWith(marker)).map(f -> f.name() + " (" + f.works() + ")"))
        .containsExactly(harbour + " (3)");
    assertThat(tagIndex.mostUsed(guest, Integer.MAX_VALUE).get(TagKind.FANDOM).stream()
        .filter(fandom -> fandom.name().endsWith(marker)).map(f -> f.name() + " (" + f.works() + ")"))
        .containsExactly(harbour + " (3)");
    assertThat(tagIndex.tags(guest, TagKind.FANDOM, 1, Integer.MAX_VALUE).stream()
        .filter(fandom -> fandom.name().endsWith(marker)).map(f -> f.name() + " (" + f.works() + ")"))
        .as("every fandom A-Z").containsExactly(harbour + " (3)");
    assertThat(find("fandom:\"" + harbour + "\"")).as("the tag's page").hasSize(3);
  }

  @Test
  void aMetaTagFindsItsSubtagsWorks() {
    String allMedia = "Harry Potter - All Media Types " + marker;
    String books = "Harry Potter - J. K. Rowling " + marker;
    String films = "Harry Potter (Movies) " + marker;
    long book = publish("Book", TagKind.FANDOM, books);
    long film = publish("Film", TagKind.FANDOM, films);
    long nickname = publish("Nickname", TagKind.FANDOM, "HP " + marker);
    canonical(TagKind.FANDOM, allMedia);
    canonical(TagKind.FANDOM, books);
    canonical(TagKind.FANDOM, films);
    canonical(TagKind.FANDOM, "Harry Potter - Fics " + marker);
    wrangling.change(wrangler, "HP " + marker, TagKind.FANDOM, synonymOf(books));
    wrangling.change(wrangler, "Harry Potter - Fics " + marker, TagKind.FANDOM, metaTags(allMedia));

    wrangling.change(wrangler, books, TagKind.FANDOM, metaTags("Harry Potter - Fics " + marker));
    wrangling.change(wrangler, films, TagKind.FANDOM, metaTags(allMedia));
    refileAll();

    assertThat(find("fandom:\"" + allMedia + "\"")).as("through two levels of meta tags and a synonym")
        .containsExactlyInAnyOrder(book, film, nickname);
    assertThat(including("fandom:" + allMedia)).containsExactlyInAnyOrder(book, film, nickname);
    assertThat(find("fandom:\"" + books + "\"")).containsExactlyInAnyOrder(book, nickname);
    assertThat(wrangling.tag(wrangler, allMedia, null).subTags()).containsExactly(films, "Harry Potter - Fics " + marker);
  }

  @Test
  void facetsCountASynonymsWorksUnderItsCanonicalTag() {
    publish("One", TagKind.FREEFORM, "Angst " + marker);
    publish("Two", TagKind.FREEFORM, "angsty " + marker);
    canonical(TagKind.FREEFORM, "Angst " + marker);
    wrangling.change(wrangler, "angsty " + marker, TagKind.FREEFORM, synonymOf("Angst " + marker));
    refileAll();

    List<FacetCount> freeforms = query.search(Viewer.guest(),
            new WorkSearch(marker, List.of(), List.of(), null, null, null, Set.of(), true))
        .facetsOf(TagKind.FREEFORM);

    assertThat(freeforms).containsExactly(new FacetCount("Angst " + marker, 2));
  }

  @Test
  void aCycleOfMetaTagsIsRefused() {
    canonical(TagKind.FANDOM, "Top " + marker);
    canonical(TagKind.FANDOM, "Middle " + marker);
    canonical(TagKind.FANDOM, "Bottom " + marker);
    wrangling.change(wrangler, "Middle " + marker, TagKind.FANDOM, metaTags("Top " + marker));
    wrangling.change(wrangler, "Bottom " + marker, TagKind.FANDOM, metaTags("Middle " + marker));

    assertThatThrownBy(() -> wrangling.change(wrangler, "Top " + marker, TagKind.FANDOM, metaTags("Bottom " + marker)))
        .isInstanceOf(WranglingRefusedException.class).hasMessageContaining("would make a cycle");
    assertThat(wrangling.tag(wrangler, "Top " + marker, null).metaTags()).isEmpty();
  }

  @Test
  void aSynonymOfATagOfAnotherKindOrOfAnUnwrangledTagIsRefused() {
    canonical(TagKind.FANDOM, "Smallville " + marker);
    publish("Plain", TagKind.CHARACTER, "Chloe " + marker);
    publish("Plainer", TagKind.CHARACTER, "Chlo " + marker);

    assertThatThrownBy(() -> wrangling.change(wrangler, "Chloe " + marker, null, synonymOf("Smallville " + marker)))
        .hasMessageContaining("There is no character tag");
    assertThatThrownBy(() -> wrangling.change(wrangler, "Chloe " + marker, null, synonymOf("Chlo " + marker)))
        .hasMessageContaining("is not canonical");
  }

  @Test
  void everyChangeIsInTheTagsAuditTrailAndTheLastCanBeUndone() {
    canonical(TagKind.FANDOM, "Smallville " + marker);
    publish("Clark", TagKind.CHARACTER, "Clark Kent " + marker);
    canonical(TagKind.CHARACTER, "Clark Kent " + marker);
    wrangling.change(wrangler, "Clark Kent " + marker, null, new TagEdit(null, null, List.of("Smallville " + marker), null, null));

    WrangledTag undone = wrangling.undo(wrangler, "Clark Kent " + marker, null);

    assertThat(undone.parents()).isEmpty();
    assertThat(undone.changes()).extracting(ShownChange::what, ShownChange::before, ShownChange::after).containsExactly(
        org.assertj.core.groups.Tuple.tuple(TagField.PARENTS, "Smallville " + marker, ""),
        org.assertj.core.groups.Tuple.tuple(TagField.PARENTS, "", "Smallville " + marker),
        org.assertj.core.groups.Tuple.tuple(TagField.CANONICAL, "false", "true"));
    assertThat(undone.changes()).extracting(ShownChange::userName).containsOnly(wrangler.userName());
  }

  @Test
  void aWranglerChangesAnUnwrangledTagsKindAndItsWorksAreFiledUnderTheNewKind() {
    long work = publish("Misfiled", TagKind.FREEFORM, "Clark Kent " + marker);

    WrangledTag changed = wrangling.change(wrangler, "Clark Kent " + marker, TagKind.FREEFORM, kind("character"));
    refileAll();

    assertThat(changed.kind()).isEqualTo(TagKind.CHARACTER);
    assertThat(changed.changes()).extracting(ShownChange::what, ShownChange::before, ShownChange::after)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(TagField.KIND, "freeform", "character"));
    assertThat(changed.refiles()).singleElement().satisfies(refile -> assertThat(refile.total()).isEqualTo(1));
    assertThat(including("character:Clark Kent " + marker)).containsExactly(work);
    WorkHits hits = query.search(Viewer.guest(), new WorkSearch(marker, List.of(), List.of(), null, null, null, Set.of(), true));
    assertThat(hits.facetsOf(TagKind.CHARACTER)).containsExactly(new FacetCount("Clark Kent " + marker, 1));
    assertThat(hits.facetsOf(TagKind.FREEFORM)).isEmpty();
  }

  @Test
  void aCanonicalTagOrOneWhoseNameTheNewKindHasKeepsItsKindAndSaysWhy() {
    canonical(TagKind.FREEFORM, "Fluff " + marker);
    publish("Additional", TagKind.FREEFORM, "Lex " + marker);
    publish("Character", TagKind.CHARACTER, "Lex " + marker);

    assertThatThrownBy(() -> wrangling.change(wrangler, "Fluff " + marker, TagKind.FREEFORM, kind("character")))
        .isInstanceOf(WranglingRefusedException.class).hasMessageContaining("is canonical or files other tags");
    assertThatThrownBy(() -> wrangling.change(wrangler, "Lex " + marker, TagKind.FREEFORM, kind("character")))
        .hasMessageContaining("There is already a character tag \"Lex " + marker + "\"");
    assertThatThrownBy(() -> wrangling.change(wrangler, "Lex " + marker, TagKind.FREEFORM, kind("colour")))
        .hasMessageContaining("There is no kind of tag 'colour'");
    assertThat(wrangling.tag(wrangler, "Fluff " + marker, null).kind()).isEqualTo(TagKind.FREEFORM);
    assertThat(wrangling.tag(wrangler, "Lex " + marker, TagKind.FREEFORM).changes()).isEmpty();
  }

  @Test
  void undoTakesBackEveryFieldOneChangeSet() {
    canonical(TagKind.FANDOM, "Smallville " + marker);
    canonical(TagKind.CHARACTER, "Superman " + marker);
    canonical(TagKind.CHARACTER, "Clark Kent " + marker);
    wrangling.change(wrangler, "Clark Kent " + marker, null,
        new TagEdit(null, null, List.of("Smallville " + marker), List.of("Superman " + marker), null));

    WrangledTag undone = wrangling.undo(wrangler, "Clark Kent " + marker, null);

    assertThat(undone.parents()).isEmpty();
    assertThat(undone.metaTags()).isEmpty();
    assertThat(undone.canonical()).as("the change set before stays").isTrue();
    assertThat(undone.changeSets()).extracting(List::size).containsExactly(2, 2, 1);
    assertThat(undone.changeSets().getFirst()).extracting(ShownChange::what)
        .containsExactlyInAnyOrder(TagField.PARENTS, TagField.META_TAGS);
    assertThat(wrangling.undo(wrangler, "Clark Kent " + marker, null).canonical())
        .as("the next undo goes further back").isFalse();
  }

  @Test
  void undoTakesBackABulkActionOnEveryTagItChanged() {
    publish("Two", TagKind.FREEFORM, "Pining " + marker);
    publish("Tags", TagKind.FREEFORM, "Yearning " + marker);
    List<Long> ids = List.of(wrangling.tag(wrangler, "Pining " + marker, null).id(),
        wrangling.tag(wrangler, "Yearning " + marker, null).id());
    wrangling.bulk(wrangler, BulkAction.CANONICAL, ids, null);
    assertThat(wrangling.tag(wrangler, "Pining " + marker, null).lastChangeTags()).isEqualTo(2);

    wrangling.undo(wrangler, "Pining " + marker, null);

    assertThat(wrangling.tag(wrangler, "Pining " + marker, null).canonical()).isFalse();
    assertThat(wrangling.tag(wrangler, "Yearning " + marker, null).canonical()).as("the other tag of the bulk action")
        .isFalse();
    assertThat(queue.list(wrangler, TagKind.FREEFORM, null)).extracting(UnwrangledTag::name)
        .contains("Pining " + marker, "Yearning " + marker);
  }

  @Test
  void undoRefusesWhileALaterChangeDependsOnTheChangeSetAndChangesNothing() {
    canonical(TagKind.FANDOM, "Smallville " + marker);
    publish("Two", TagKind.CHARACTER, "Lana Lang " + marker);
    publish("Tags", TagKind.CHARACTER, "Lex Luthor " + marker);
    publish("Nickname", TagKind.CHARACTER, "Lana " + marker);
    List<Long> ids = List.of(wrangling.tag(wrangler, "Lana Lang " + marker, null).id(),
        wrangling.tag(wrangler, "Lex Luthor " + marker, null).id());
    wrangling.bulk(wrangler, BulkAction.CANONICAL, ids, null);
    wrangling.change(wrangler, "Lex Luthor " + marker, null, new TagEdit(null, null, List.of("Smallville " + marker), null, null));

    assertThatThrownBy(() -> wrangling.undo(wrangler, "Lana Lang " + marker, null))
        .isInstanceOf(WranglingRefusedException.class)
        .hasMessageContaining("\"Lex Luthor " + marker + "\" was changed again since (parents, by "
            + wrangler.userName() + "): undo that first.");
    wrangling.undo(wrangler, "Lex Luthor " + marker, null);
    wrangling.change(wrangler, "Lana " + marker, null, synonymOf("Lana Lang " + marker));
    assertThatThrownBy(() -> wrangling.undo(wrangler, "Lana Lang " + marker, null))
        .hasMessageContaining("The last change cannot be undone: \"Lana Lang " + marker + "\" cannot stop being canonical"
            + " while other tags depend on it: its synonyms \"Lana " + marker + "\"");
    assertThat(wrangling.tag(wrangler, "Lana Lang " + marker, null).canonical()).isTrue();
    assertThat(wrangling.tag(wrangler, "Lex Luthor " + marker, null).canonical()).isTrue();
  }

  @Test
  void theUnwrangledQueueListsAFandomsTagsMostUsedFirstAndBulkActionsWrangleThem() {
    String fandom = "Smallville " + marker;
    publish(StoryDocument.builder().title("A").creator("Writer").tag(TagKind.FANDOM, fandom)
        .tag(TagKind.CHARACTER, "Lana " + marker).tag(TagKind.CHARACTER, "Lex " + marker));
    publish(StoryDocument.builder().title("B").creator("Writer").tag(TagKind.FANDOM, fandom)
        .tag(TagKind.CHARACTER, "Lana " + marker));
    publish("Elsewhere", TagKind.CHARACTER, "Elsewhere " + marker);
    canonical(TagKind.FANDOM, fandom);

    assertThat(queue.list(wrangler, TagKind.CHARACTER, fandom)).extracting(UnwrangledTag::name, UnwrangledTag::uses)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Lana " + marker, 2L),
            org.assertj.core.groups.Tuple.tuple("Lex " + marker, 1L));

    List<Long> ids = queue.list(wrangler, TagKind.CHARACTER, fandom).stream().map(UnwrangledTag::id).toList();
    wrangling.bulk(wrangler, BulkAction.CANONICAL, ids, null);
    wrangling.bulk(wrangler, BulkAction.FANDOM, ids, fandom);

    assertThat(queue.list(wrangler, TagKind.CHARACTER, fandom)).isEmpty();
    assertThat(wrangling.tag(wrangler, "Lex " + marker, null).parents())
        .containsExactly(new WrangledTag.Named(TagKind.FANDOM, fandom));
    assertThatThrownBy(() -> wrangling.bulk(wrangler, BulkAction.UNWRANGLEABLE, ids, null))
        .as("a canonical tag is not unwrangleable").hasMessageContaining("only an unwrangled tag");
  }

  @Test
  void bulkActionsMakeTagsSynonymsOfOneCanonicalTagAndMarkOthersUnwrangleable() {
    canonical(TagKind.CHARACTER, "Lana Lang " + marker);
    publish("Nickname", TagKind.CHARACTER, "Lana " + marker);
    publish("Initial", TagKind.CHARACTER, "Lana L " + marker);
    publish("Odd", TagKind.FREEFORM, "the one with the thing " + marker);
    List<Long> nicknames = List.of(wrangling.tag(wrangler, "Lana " + marker, null).id(),
        wrangling.tag(wrangler, "Lana L " + marker, null).id());

    wrangling.bulk(wrangler, BulkAction.SYNONYM, nicknames, "Lana Lang " + marker);
    wrangling.bulk(wrangler, BulkAction.UNWRANGLEABLE,
        List.of(wrangling.tag(wrangler, "the one with the thing " + marker, null).id()), null);

    assertThat(wrangling.tag(wrangler, "Lana L " + marker, null).synonymOf()).isEqualTo("Lana Lang " + marker);
    assertThat(wrangling.tag(wrangler, "Lana Lang " + marker, null).synonyms())
        .containsExactlyInAnyOrder("Lana " + marker, "Lana L " + marker);
    assertThat(wrangling.tag(wrangler, "the one with the thing " + marker, null).unwrangleable()).isTrue();
    assertThat(queue.list(wrangler, TagKind.CHARACTER, null)).extracting(UnwrangledTag::name)
        .doesNotContain("Lana " + marker, "Lana L " + marker);
    assertThat(queue.list(wrangler, TagKind.FREEFORM, null)).extracting(UnwrangledTag::name)
        .doesNotContain("the one with the thing " + marker);
    refileAll();
    assertThat(wrangling.tag(wrangler, "Lana Lang " + marker, null).works()).as("the synonyms' works, filed under it")
        .isEqualTo(2);
  }

  @Test
  void theQueueListsTagsNoWorkUsesLastWithNoUses() {
    String fandom = "Smallville " + marker;
    publish(StoryDocument.builder().title("A").creator("Writer").tag(TagKind.FANDOM, fandom)
        .tag(TagKind.CHARACTER, "Lana " + marker));
    canonical(TagKind.FANDOM, fandom);
    tags.named(TagKind.CHARACTER, "Aaron " + marker);
    tags.named(TagKind.CHARACTER, "Elsewhere " + marker);
    wrangling.bulk(wrangler, BulkAction.FANDOM, List.of(wrangling.tag(wrangler, "Aaron " + marker, null).id()), fandom);

    assertThat(queue.list(wrangler, TagKind.CHARACTER, fandom)).extracting(UnwrangledTag::name, UnwrangledTag::uses)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Lana " + marker, 1L),
            org.assertj.core.groups.Tuple.tuple("Aaron " + marker, 0L));
  }

  @Test
  void theQueueShowsQuiresProposalWithItsEvidenceAndAcceptsIt() {
    String fandom = "Smallville " + marker;
    String lana = marker + "Lana";
    publish(StoryDocument.builder().title("A").creator("Writer").tag(TagKind.FANDOM, fandom).tag(TagKind.CHARACTER, lana));
    publish(StoryDocument.builder().title("B").creator("Writer").tag(TagKind.FANDOM, fandom).tag(TagKind.CHARACTER, lana));
    canonical(TagKind.FANDOM, fandom);
    canonical(TagKind.CHARACTER, marker + "Lana Lang");
    wrangling.change(wrangler, marker + "Lana Lang", TagKind.CHARACTER, new TagEdit(null, null, List.of(fandom), null, null));

    List<UnwrangledTag> queued = queue.list(wrangler, TagKind.CHARACTER, fandom);

    assertThat(queued).singleElement().satisfies(tag -> {
      assertThat(tag.name()).isEqualTo(lana);
      assertThat(tag.proposal().synonymOf()).isEqualTo(marker + "Lana Lang");
      assertThat(tag.proposal().evidence())
          .isEqualTo("the only canonical character of that first name; 2 works, " + fandom + " on 2");
    });
    wrangling.bulk(wrangler, BulkAction.PROPOSED, queued.stream().map(UnwrangledTag::id).toList(), null);
    assertThat(wrangling.tag(wrangler, lana, TagKind.CHARACTER).synonymOf()).isEqualTo(marker + "Lana Lang");
  }

  @Test
  void theTaggerLearnsWrangledSynonymsAsAliases() {
    String name = Character.toUpperCase(marker.charAt(0)) + marker.substring(1);
    String fandom = "Smallville " + marker;
    publish(StoryDocument.builder().title("Named").creator("Writer").tag(TagKind.FANDOM, fandom).tag(TagKind.CHARACTER, name));
    canonical(TagKind.FANDOM, fandom);
    canonical(TagKind.CHARACTER, name + " Lang");
    wrangling.change(wrangler, name + " Lang", TagKind.CHARACTER, new TagEdit(null, null, List.of(fandom), null, null));
    StoryDocument story = StoryDocument.builder().title("New").creator("Writer").tag(TagKind.FANDOM, fandom)
        .chapter(new StoryChapter(null, null, null, ("<p>" + name + " walked to the barn. Later " + name
            + " sat by the window and smiled.</p>").repeat(4))).build();
    assertThat(vocabulary.suggester().suggest(story)).extracting(Suggestion::name).doesNotContain(name + " Lang");

    wrangling.change(wrangler, name, TagKind.CHARACTER, synonymOf(name + " Lang"));

    assertThat(vocabulary.suggester().suggest(story)).extracting(Suggestion::name).contains(name + " Lang");
  }

  @Test
  void anImportedFandomNameIsProposedAsASynonymOfTheFandomWhoseCastItsWorksHave() {
    String fandom = "Smallville " + marker;
    String imported = "SV (old archive) " + marker;
    publish(StoryDocument.builder().title("A").creator("Writer").tag(TagKind.FANDOM, imported)
        .tag(TagKind.CHARACTER, "Lana Lang " + marker));
    publish(StoryDocument.builder().title("B").creator("Writer").tag(TagKind.FANDOM, imported)
        .tag(TagKind.CHARACTER, "Lana " + marker));
    publish(StoryDocument.builder().title("C").creator("Writer").tag(TagKind.FANDOM, imported));
    canonical(TagKind.FANDOM, fandom);
    canonical(TagKind.CHARACTER, "Lana Lang " + marker);
    wrangling.change(wrangler, "Lana Lang " + marker, null, new TagEdit(null, null, List.of(fandom), null, null));
    wrangling.change(wrangler, "Lana " + marker, null, synonymOf("Lana Lang " + marker));
    long id = wrangling.tag(wrangler, imported, null).id();

    Optional<Proposal> proposal =
        transaction.execute(status -> proposals.of(new UnwrangledTag(id, TagKind.FANDOM, imported, 3, null)));
    assertThat(proposal).hasValue(new Proposal(fandom,
        "the characters of 2 of its 3 works are " + fandom + "'s; 3 works"));
    wrangling.bulk(wrangler, BulkAction.PROPOSED, List.of(id), null);
    assertThat(wrangling.tag(wrangler, imported, null).synonymOf()).isEqualTo(fandom);
  }

  @Test
  void onlyWranglersWrangle() {
    publish("Mine", TagKind.FREEFORM, "Mine " + marker);
    Viewer reader = Viewer.of(accounts.create());
    Viewer admin = Viewer.of(accounts.create(Role.ADMIN));

    assertThatThrownBy(() -> wrangling.change(reader, "Mine " + marker, null, new TagEdit(true, null, null, null, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> queue.list(Viewer.guest(), null, null)).isInstanceOf(AccessDeniedException.class);
    assertThat(wrangling.change(admin, "Mine " + marker, null, new TagEdit(true, null, null, null, null)).canonical()).isTrue();
  }

  @Test
  void aCanonicalFandomThatCharactersHaveAsTheirParentCannotStopBeingCanonicalAndTheWranglerIsToldWhichCharacters() {
    String smallville = "Smallville " + marker;
    canonical(TagKind.FANDOM, smallville);
    canonical(TagKind.CHARACTER, "Chloe Sullivan " + marker);
    wrangling.change(wrangler, "Chloe Sullivan " + marker, null, new TagEdit(null, null, List.of(smallville), null, null));

    assertThatThrownBy(() -> wrangling.change(wrangler, smallville, TagKind.FANDOM, new TagEdit(false, null, null, null, null)))
        .isInstanceOf(WranglingRefusedException.class)
        .hasMessageContaining("\"" + smallville + "\" cannot stop being canonical")
        .hasMessageContaining("the tags it is a parent of \"Chloe Sullivan " + marker + "\"");
    assertThat(wrangling.tag(wrangler, smallville, TagKind.FANDOM).canonical()).isTrue();
    assertThat(wrangling.tag(wrangler, "Chloe Sullivan " + marker, null).parents())
        .containsExactly(new WrangledTag.Named(TagKind.FANDOM, smallville));
  }

  @Test
  void aCanonicalFandomWithSynonymsCannotBeMadeASynonymOfAnotherInOneStepAndTheRefusalNamesTheSynonyms() {
    String smallville = "Smallville " + marker;
    canonical(TagKind.FANDOM, smallville);
    canonical(TagKind.FANDOM, "Superman " + marker);
    tags.named(TagKind.FANDOM, "SV " + marker);
    wrangling.change(wrangler, "SV " + marker, TagKind.FANDOM, synonymOf(smallville));

    assertThatThrownBy(() -> wrangling.change(wrangler, smallville, TagKind.FANDOM,
            new TagEdit(false, "Superman " + marker, null, null, null)))
        .isInstanceOf(WranglingRefusedException.class).hasMessageContaining("its synonyms \"SV " + marker + "\"");
    assertThat(wrangling.tag(wrangler, smallville, TagKind.FANDOM).canonical()).isTrue();
    assertThat(wrangling.tag(wrangler, "SV " + marker, TagKind.FANDOM).synonymOf()).isEqualTo(smallville);
  }

  @Test
  void undoingTheFandomsBecomingCanonicalIsRefusedWhileACharacterHasItAsItsParent() {
    String smallville = "Smallville " + marker;
    canonical(TagKind.FANDOM, smallville);
    canonical(TagKind.CHARACTER, "Lex Luthor " + marker);
    wrangling.change(wrangler, "Lex Luthor " + marker, null, new TagEdit(null, null, List.of(smallville), null, null));

    assertThatThrownBy(() -> wrangling.undo(wrangler, smallville, TagKind.FANDOM))
        .isInstanceOf(WranglingRefusedException.class)
        .hasMessageContaining("cannot be undone").hasMessageContaining("\"Lex Luthor " + marker + "\"");
    assertThat(wrangling.tag(wrangler, smallville, TagKind.FANDOM).canonical()).isTrue();
  }

  /** A canonical tag, made first when no work has it yet. */
  private void canonical(TagKind kind, String name) {
    tags.named(kind, name);
    wrangling.change(wrangler, name, kind, new TagEdit(true, null, null, null, null));
  }

  private static TagEdit synonymOf(String name) {
    return new TagEdit(null, name, null, null, null);
  }

  private static TagEdit kind(String key) {
    return new TagEdit(null, null, null, null, null, key);
  }

  private static TagEdit metaTags(String... names) {
    return new TagEdit(null, null, null, List.of(names), null);
  }

  private long publish(String title, TagKind kind, String tag) {
    return publish(StoryDocument.builder().title(title + " " + marker).creator("Writer").tag(kind, tag));
  }

  private long publish(StoryDocument.Builder story) {
    return TestWorks.publish(publisher, story.tag(TagKind.RATING, "General Audiences")
        .chapter(new StoryChapter(null, null, null, "<p>Words of " + marker + ".</p>")).build());
  }

  private void refileAll() {
    while (refiling.refileWaiting() > 0) {
      // each batch is written; the next takes what is left
    }
  }

  private List<Long> find(String q) {
    return query.search(Viewer.guest(), WorkSearch.of(q)).works().stream().map(WorkSummary::id).toList();
  }

  private List<Long> including(String filter) {
    return search(List.of(filter), List.of());
  }

  private List<Long> excluding(String filter) {
    return search(List.of(), List.of(filter));
  }

  private List<Long> search(List<String> include, List<String> exclude) {
    return query.search(Viewer.guest(), new WorkSearch(marker, include, exclude, null, null, null, Set.of(), false))
        .works().stream().map(WorkSummary::id).toList();
  }
}
