package dev.quire.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.quire.account.AccessTokens;
import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.bookmark.BookmarkForm;
import dev.quire.bookmark.Bookmarks;
import dev.quire.comment.Comments;
import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.ImportReport;
import dev.quire.ingest.Importer;
import dev.quire.security.AuthorizationMatrixTest.Visitor;
import dev.quire.tag.Rating;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import dev.quire.tag.TagSlug;
import dev.quire.work.Creator;
import dev.quire.work.CreatorRepository;
import dev.quire.work.Series;
import dev.quire.work.SeriesRepository;
import dev.quire.work.TagSuggestion;
import dev.quire.work.Visibility;
import dev.quire.work.Work;
import dev.quire.work.WorkRepository;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The archive the authorization matrix asks about: an account for each kind of visitor, and a work
 * of each kind (published, restricted to registered users, a draft, hidden), each credited to the
 * creator's and the co-creator's pseuds, imported by the archivist, rated General Audiences (so the
 * adult gate never answers in the policy's place) and alone in a series of its own.
 */
@Component
class MatrixFixture {

  /** The kinds of work every reading rule is asked about. */
  enum Kind { PUBLISHED, RESTRICTED, DRAFT, HIDDEN }

  /** A work of the fixture, and what its pages' addresses need. */
  record FixtureWork(long id, String title, long chapterId, String sha256, long seriesId, String seriesTitle) {}

  private final TestAccounts testAccounts;
  private final AccountRepository accounts;
  private final Importer importer;
  private final WorkRepository works;
  private final CreatorRepository creators;
  private final SeriesRepository series;
  private final TagRepository tags;
  private final TransactionTemplate transactions;
  private final AccessTokens accessTokens;
  private final Comments comments;
  private final Bookmarks bookmarks;

  MatrixFixture(TestAccounts testAccounts, AccountRepository accounts, Importer importer, WorkRepository works,
      CreatorRepository creators, SeriesRepository series, TagRepository tags, TransactionTemplate transactions,
      AccessTokens accessTokens, Comments comments, Bookmarks bookmarks) {
    this.accessTokens = accessTokens;
    this.comments = comments;
    this.bookmarks = bookmarks;
    this.testAccounts = testAccounts;
    this.accounts = accounts;
    this.importer = importer;
    this.works = works;
    this.creators = creators;
    this.series = series;
    this.tags = tags;
    this.transactions = transactions;
  }

  Fixture create() {
    Map<Visitor, Account> people = new EnumMap<>(Visitor.class);
    people.put(Visitor.READER, testAccounts.create());
    people.put(Visitor.CREATOR, testAccounts.create());
    people.put(Visitor.CO_CREATOR, testAccounts.create());
    people.put(Visitor.WRANGLER, testAccounts.create(Role.WRANGLER));
    people.put(Visitor.ARCHIVIST, testAccounts.create(Role.ARCHIVIST));
    people.put(Visitor.MODERATOR, testAccounts.create(Role.MODERATOR));
    people.put(Visitor.ADMIN, testAccounts.create(Role.ADMIN));
    people.put(Visitor.SUSPENDED, testAccounts.create());
    // Tokens are issued before the suspension, which leaves them held but no longer good for writing.
    Map<Visitor, String> tokens = new EnumMap<>(Visitor.class);
    people.forEach((visitor, account) ->
        tokens.put(visitor, accessTokens.issue(Viewer.of(account), "matrix", true).token()));
    transactions.executeWithoutResult(t -> accounts.findById(people.get(Visitor.SUSPENDED).getId()).orElseThrow()
        .setSuspended(true));
    Creator creator = defaultPseud(people.get(Visitor.CREATOR));
    Creator coCreator = defaultPseud(people.get(Visitor.CO_CREATOR));

    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      files.put("matrix-" + kind.name().toLowerCase() + "-" + UUID.randomUUID() + ".txt", story(kind));
    }
    ImportReport report = importer.importFiles(files, false);
    Map<Kind, FixtureWork> made = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      made.put(kind, settle(imported(report.files().get(kind.ordinal())), kind, creator, coCreator,
          people.get(Visitor.ARCHIVIST)));
    }
    return new Fixture(people, tokens, made, report.runId(), creator, coCreator);
  }

  private static long imported(FileOutcome outcome) {
    if (outcome.workId() == null) {
      throw new IllegalStateException("a fixture work was not imported: " + outcome.reason());
    }
    return outcome.workId();
  }

  RequestPostProcessor as(Account account) {
    return testAccounts.as(account);
  }

  private Creator defaultPseud(Account account) {
    return transactions.execute(t -> creators.save(Creator.pseud(account.getUserName(), account, true)));
  }

  /** Credits, owner, rating, visibility and a series of its own. */
  private FixtureWork settle(long workId, Kind kind, Creator creator, Creator coCreator, Account archivist) {
    return transactions.execute(t -> {
      Work work = works.findById(workId).orElseThrow();
      Account creatorAccount = creators.findById(creator.getId()).orElseThrow().getAccount();
      work.getCreators().forEach(byline -> byline.moveTo(creatorAccount));
      work.addCreator(creators.findById(creator.getId()).orElseThrow());
      work.addCreator(creators.findById(coCreator.getId()).orElseThrow());
      work.setOwner(accounts.findById(archivist.getId()).orElseThrow());
      work.setRatingTag(tags.findByKindAndName(TagKind.RATING, Rating.GENERAL.tagName())
          .orElseGet(() -> tags.save(new Tag(TagKind.RATING, Rating.GENERAL.tagName()))));
      work.setRestricted(kind == Kind.RESTRICTED);
      work.setVisibility(switch (kind) {
        case PUBLISHED, RESTRICTED -> Visibility.PUBLISHED;
        case DRAFT -> Visibility.DRAFT;
        case HIDDEN -> Visibility.HIDDEN;
      });
      Series own = new Series("Matrix series " + kind.name().toLowerCase() + " " + workId);
      own.place(work, 1);
      series.save(own);
      return new FixtureWork(workId, work.getTitle(), work.getChapters().getFirst().getId(),
          work.getOriginals().getFirst().getSha256(), own.getId(), own.getTitle());
    });
  }

  private static byte[] story(Kind kind) {
    String paragraph = "The kettle sang in the kitchen while the rain kept on at the windows, and the two of"
        + " them sorted the old letters into piles by year.\n\n";
    // A word of its own, so that no two fixture stories are the same file (a duplicate is not imported again).
    return ("Title: Matrix " + kind.name().toLowerCase() + " story\n\n" + paragraph.repeat(6)
        + "Marked " + UUID.randomUUID() + ".\n").getBytes(UTF_8);
  }

  /** The fixture one run of the matrix asks about. */
  final class Fixture {
    private final Map<Visitor, Account> people;
    private final Map<Visitor, String> tokens;
    private final Map<Kind, FixtureWork> made;
    private final long importRunId;
    private final Creator creator;
    private final Creator coCreator;
    private final Map<Long, Long> commentsOn = new java.util.concurrent.ConcurrentHashMap<>();

    private Fixture(Map<Visitor, Account> people, Map<Visitor, String> tokens, Map<Kind, FixtureWork> made,
        long importRunId, Creator creator, Creator coCreator) {
      this.people = people;
      this.tokens = tokens;
      this.made = made;
      this.importRunId = importRunId;
      this.creator = creator;
      this.coCreator = coCreator;
    }

    /** A read-write personal access token of a kind of visitor; none for a guest. */
    String token(Visitor visitor) {
      return tokens.get(visitor);
    }

    /**
     * A new work of {@code kind}, credited and owned as the fixture's are, for a request that
     * deletes or orphans it: each visitor gets one of their own.
     */
    FixtureWork newWork(Kind kind) {
      Map<String, byte[]> file = Map.of("matrix-" + UUID.randomUUID() + ".txt", story(kind));
      long id = imported(importer.importFiles(file, false).files().getFirst());
      return settle(id, kind, creator, coCreator, people.get(Visitor.ARCHIVIST));
    }

    /** The user name of a new account, for a request that suspends it or changes its roles. */
    String newUserName() {
      return testAccounts.create().getUserName();
    }

    /** The account of a kind of visitor; none for a guest. */
    Account account(Visitor visitor) {
      return people.get(visitor);
    }

    FixtureWork work(Kind kind) {
      return made.get(kind);
    }

    long importRunId() {
      return importRunId;
    }

    long creatorPseudId() {
      return creator.getId();
    }

    /** The creator's user name, which is also the name of their default pseud. */
    String creatorName() {
      return creator.getName();
    }

    String tagSlug() {
      return TagSlug.encode(Rating.GENERAL.tagName());
    }

    /** A comment on {@code work}, the same for every request that changes nothing of it. */
    long comment(FixtureWork work) {
      return commentsOn.computeIfAbsent(work.id(), id -> newComment(work));
    }

    /**
     * A new comment on {@code work}, for a request that deletes it: each visitor gets one of their
     * own. Its commenter is an admin of its own (who reads every kind of work), none of the visitors.
     */
    long newComment(FixtureWork work) {
      Viewer commenter = Viewer.of(testAccounts.create(Role.ADMIN));
      return comments.post(commenter, work.id(), new Comments.CommentForm("A fixture comment " + UUID.randomUUID(),
          null, null, null, null), "192.0.2.10").id();
    }

    /** A public bookmark of the published work by an account of its own, none of the visitors. */
    long bookmark() {
      return bookmarks.save(Viewer.of(testAccounts.create()), work(Kind.PUBLISHED).id(),
          new BookmarkForm("A fixture bookmark", List.of(), false, false)).id();
    }

    /** A new waiting suggestion on {@code work}, so that every visitor has one to decide. */
    long newSuggestion(FixtureWork work) {
      String name = "Matrix tag " + UUID.randomUUID().toString().substring(0, 8);
      return transactions.execute(t -> {
        Work stored = works.findById(work.id()).orElseThrow();
        stored.addSuggestion(TagKind.FREEFORM, name, 0.5, "a word in the text", null);
        works.flush();
        return stored.getWaitingSuggestions().stream().filter(s -> s.getName().equals(name))
            .map(TagSuggestion::getId).findFirst().orElseThrow();
      });
    }
  }
}
