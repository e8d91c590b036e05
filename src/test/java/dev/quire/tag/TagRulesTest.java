package dev.quire.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.work.Work;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagRulesTest {

  @Test
  void aNameOfAtMost150CharactersWithoutAO3sForbiddenCharactersIsAccepted() {
    assertThat(TagRules.nameProblem("a".repeat(150))).isEmpty();
    assertThat(TagRules.nameProblem("Lana Lang/Lex Luthor")).isEmpty();
  }

  @Test
  void aLongerNameOrOneWithAForbiddenCharacterIsRefusedSayingWhy() {
    assertThat(TagRules.nameProblem("a".repeat(151))).get().asString().contains("at most 150 characters");
    for (char forbidden : ",^*<>{}=`\\%".toCharArray()) {
      assertThat(TagRules.nameProblem("Fluff" + forbidden)).get().asString().contains("cannot include " + forbidden);
    }
  }

  @Test
  void aSynonymPointsOnlyAtACanonicalTagOfItsOwnKind() {
    Tag lana = new Tag(TagKind.CHARACTER, "Lana");
    Tag lanaLang = canonical(TagKind.CHARACTER, "Lana Lang");
    Tag smallville = canonical(TagKind.FANDOM, "Smallville");
    Tag clark = new Tag(TagKind.CHARACTER, "Clark");

    assertThat(TagRules.synonymProblem(lana, lanaLang)).isEmpty();
    assertThat(TagRules.synonymProblem(lana, smallville)).get().asString().contains("of its own kind");
    assertThat(TagRules.synonymProblem(lana, clark)).get().asString().contains("not canonical");
    assertThat(TagRules.synonymProblem(lana, lana)).get().asString().contains("itself");
  }

  @Test
  void aCanonicalTagCannotBeASynonym() {
    Tag kent = canonical(TagKind.CHARACTER, "Clark Kent");

    assertThatThrownBy(() -> kent.makeSynonymOf(canonical(TagKind.CHARACTER, "Superman")))
        .isInstanceOf(TagRuleException.class).hasMessageContaining("a canonical tag cannot be a synonym");
  }

  @Test
  void aCanonicalTagWithSynonymsStaysCanonicalAndTheRefusalNamesThem() {
    Tag kent = canonical(TagKind.CHARACTER, "Clark Kent");

    assertThatThrownBy(() -> kent.makeNotCanonical(new Dependants(List.of("CK", "Kal-El"), List.of(), List.of())))
        .hasMessageContaining("\"Clark Kent\" cannot stop being canonical")
        .hasMessageContaining("its synonyms \"CK\", \"Kal-El\"");
    assertThat(kent.isCanonical()).isTrue();
    kent.makeNotCanonical(Dependants.none());
    assertThat(kent.isCanonical()).isFalse();
  }

  @Test
  void aCanonicalFandomThatOtherTagsHaveAsTheirParentStaysCanonicalAndTheRefusalNamesThem() {
    Tag smallville = canonical(TagKind.FANDOM, "Smallville");
    Dependants children = new Dependants(List.of(), List.of(), List.of("Chloe Sullivan", "Clark Kent", "Lana Lang"));

    assertThat(TagRules.uncanonicalProblem(smallville, children)).get().asString()
        .contains("the tags it is a parent of \"Chloe Sullivan\", \"Clark Kent\", \"Lana Lang\"");
    assertThatThrownBy(() -> smallville.makeNotCanonical(children)).isInstanceOf(TagRuleException.class);
    assertThat(smallville.isCanonical()).isTrue();
  }

  @Test
  void aRefusalNamesTheFirstFiveDependantsOfAKindAndCountsTheRest() {
    Tag smallville = canonical(TagKind.FANDOM, "Smallville");
    List<String> characters = List.of("A", "B", "C", "D", "E", "F", "G");

    assertThat(TagRules.uncanonicalProblem(smallville, new Dependants(List.of(), List.of("SV - Comics"), characters)))
        .get().asString().contains("its subtags \"SV - Comics\"")
        .contains("\"A\", \"B\", \"C\", \"D\", \"E\" and 2 more").doesNotContain("\"F\"");
  }

  @Test
  void aCycleOfMetaTagsIsRefused() {
    Tag allMedia = canonical(TagKind.FANDOM, "Harry Potter - All Media Types");
    Tag books = canonical(TagKind.FANDOM, "Harry Potter - J. K. Rowling");
    Tag firstBook = canonical(TagKind.FANDOM, "Harry Potter and the Philosopher's Stone");
    books.addMetaTag(allMedia);
    firstBook.addMetaTag(books);

    assertThatThrownBy(() -> allMedia.addMetaTag(firstBook))
        .isInstanceOf(TagRuleException.class).hasMessageContaining("would make a cycle");
    assertThatThrownBy(() -> allMedia.addMetaTag(allMedia)).hasMessageContaining("its own meta tag");
    assertThat(firstBook.metaTagsAbove()).containsExactly(books, allMedia);
  }

  @Test
  void metaTagsJoinCanonicalTagsOfOneKind() {
    Tag fandom = canonical(TagKind.FANDOM, "Smallville");

    assertThat(TagRules.metaProblem(canonical(TagKind.CHARACTER, "Lana Lang"), fandom)).get().asString()
        .contains("of its subtag's kind");
    assertThat(TagRules.metaProblem(new Tag(TagKind.FANDOM, "SV"), fandom)).get().asString()
        .contains("\"SV\" is not canonical");
  }

  @Test
  void fandomsAreParentsOfCharactersRelationshipsAndAdditionalTagsAndCharactersOfRelationships() {
    Tag smallville = canonical(TagKind.FANDOM, "Smallville");
    Tag lana = canonical(TagKind.CHARACTER, "Lana Lang");
    Tag pairing = new Tag(TagKind.RELATIONSHIP, "Lana Lang/Lex Luthor");

    assertThat(TagRules.parentProblem(lana, smallville)).isEmpty();
    assertThat(TagRules.parentProblem(pairing, smallville)).isEmpty();
    assertThat(TagRules.parentProblem(pairing, lana)).isEmpty();
    assertThat(TagRules.parentProblem(smallville, lana)).get().asString().contains("cannot have a character");
    assertThat(TagRules.parentProblem(lana, new Tag(TagKind.FANDOM, "SV"))).get().asString().contains("not canonical");
  }

  @Test
  void onlyATagNobodyHasWrangledChangesKindKeepingOnlyParentsItsNewKindMayHave() {
    Tag smallville = canonical(TagKind.FANDOM, "Smallville");
    Tag lana = new Tag(TagKind.CHARACTER, "Lana");
    lana.addParent(smallville);
    Tag lois = new Tag(TagKind.CHARACTER, "Lois");
    lois.makeSynonymOf(canonical(TagKind.CHARACTER, "Lois Lane"));

    lana.changeKind(TagKind.FREEFORM, 0, 0);

    assertThat(lana.getKind()).isEqualTo(TagKind.FREEFORM);
    assertThat(TagRules.kindProblem(lana, TagKind.FANDOM, 0, 0)).get().asString()
        .contains("cannot have the fandom \"Smallville\" as its parent");
    assertThat(TagRules.kindProblem(canonical(TagKind.CHARACTER, "Clark Kent"), TagKind.FREEFORM, 0, 0)).get().asString()
        .contains("is canonical or files other tags");
    assertThat(TagRules.kindProblem(lois, TagKind.FREEFORM, 0, 0)).get().asString().contains("is a synonym of \"Lois Lane\"");
    assertThat(TagRules.kindProblem(lana, TagKind.RATING, 0, 0)).get().asString().contains("fixed choices");
    assertThatThrownBy(() -> lois.changeKind(TagKind.FREEFORM, 0, 0)).isInstanceOf(TagRuleException.class);
    assertThat(lois.getKind()).isEqualTo(TagKind.CHARACTER);
  }

  @Test
  void aWorkIsFoundUnderItsTagsCanonicalTagAndEveryMetaTagAboveIt() {
    Tag allMedia = canonical(TagKind.FANDOM, "Harry Potter - All Media Types");
    Tag books = canonical(TagKind.FANDOM, "Harry Potter - J. K. Rowling");
    Tag hp = new Tag(TagKind.FANDOM, "HP");
    books.addMetaTag(allMedia);
    hp.makeSynonymOf(books);
    Work work = new Work("Filed", LocalDate.of(2020, 1, 1), Instant.EPOCH);
    work.addTag(hp);

    assertThat(work.getTagKeys()).contains(
        "fandom:HP", "fandom:Harry Potter - J. K. Rowling", "fandom:Harry Potter - All Media Types");
  }

  private static Tag canonical(TagKind kind, String name) {
    Tag tag = new Tag(kind, name);
    tag.makeCanonical();
    return tag;
  }
}
