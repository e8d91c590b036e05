package dev.quire.posting;

import static dev.quire.posting.Postings.oneChapter;
import static dev.quire.posting.Postings.valid;
import static dev.quire.posting.Postings.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.work.Creator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Orphaning moves a creator's credit to orphan_account, with or without the pseud's name. */
class OrphanTest extends ArchiveTest {

  @Autowired WorkPosting posting;
  @Autowired CoCreators coCreators;
  @Autowired Postings postings;
  @Autowired TestAccounts accounts;

  Account writer;
  Viewer viewer;

  @BeforeEach
  void writer() {
    writer = accounts.create();
    viewer = Viewer.of(writer);
  }

  List<String> credits(long workId) {
    return postings.<List<String>>stored(workId,
        w -> w.getCreators().stream().map(c -> c.getName() + "@" + c.getUserName()).toList());
  }

  @Test
  void anOrphanedWorkIsCreditedToOrphanAccountAndItsCreatorNoLongerEditsIt() {
    long id = posting.post(viewer, oneChapter(valid("Orphan " + word()).build(), "Text.", false));

    posting.orphan(viewer, id, false);

    assertThat(credits(id)).containsExactly("orphan_account@orphan_account");
    assertThat(postings.<Boolean>stored(id, w -> w.isCreditedTo(writer.getId()))).isFalse();
    assertThatThrownBy(() -> posting.fields(viewer, id)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anOrphanedWorkMayKeepThePseudsName() {
    long id = posting.post(viewer, oneChapter(valid("Named " + word()).build(), "Text.", false));

    posting.orphan(viewer, id, true);

    assertThat(credits(id)).containsExactly(writer.getUserName() + "@orphan_account");
  }

  @Test
  void orphaningLeavesTheOtherCreatorsCredited() {
    Account friend = accounts.create();
    long id = posting.post(viewer, oneChapter(valid("Shared " + word())
        .coCreators(List.of(friend.getUserName())).build(), "Text.", false));
    Viewer friendViewer = Viewer.of(friend);
    coCreators.accept(friendViewer, coCreators.requests(friendViewer).getFirst().id());

    posting.orphan(viewer, id, false);

    assertThat(credits(id)).containsExactly("orphan_account@orphan_account",
        friend.getUserName() + "@" + friend.getUserName());
    assertThat(posting.fields(friendViewer, id).title()).startsWith("Shared ");
  }

  @Test
  void onlyACreatorOrphansAWork() {
    long id = posting.post(viewer, oneChapter(valid("Kept " + word()).build(), "Text.", false));

    assertThatThrownBy(() -> posting.orphan(Viewer.of(accounts.create()), id, false))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(postings.<List<Creator>>stored(id, w -> List.copyOf(w.getCreators()))).hasSize(1);
  }
}
