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
import dev.quire.posting.CoCreators.Request;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Co-creators are invited and credited only once they accept. */
class CoCreatorsTest extends ArchiveTest {

  @Autowired WorkPosting posting;
  @Autowired CoCreators coCreators;
  @Autowired Postings postings;
  @Autowired TestAccounts accounts;

  Viewer writer;
  Account friend;
  Viewer friendViewer;

  @BeforeEach
  void twoPeople() {
    writer = Viewer.of(accounts.create());
    friend = accounts.create();
    friendViewer = Viewer.of(friend);
  }

  long postWith(String coCreator) {
    return posting.post(writer, oneChapter(valid("Together " + word()).coCreators(List.of(coCreator)).build(),
        "Text.", false));
  }

  boolean creditsFriend(long id) {
    return postings.<Boolean>stored(id, w -> w.isCreditedTo(friend.getId()));
  }

  @Test
  void anInvitedCoCreatorIsNotCreditedUntilTheyAccept() {
    long id = postWith(friend.getUserName());

    assertThat(creditsFriend(id)).isFalse();
    List<Request> requests = coCreators.requests(friendViewer);
    assertThat(requests).extracting(Request::workId).containsExactly(id);

    coCreators.accept(friendViewer, requests.getFirst().id());

    assertThat(creditsFriend(id)).isTrue();
    assertThat(coCreators.requests(friendViewer)).isEmpty();
    assertThat(posting.fields(friendViewer, id).coCreators()).containsExactly(writer.userName());
    assertThat(posting.fields(friendViewer, id).pseuds()).containsExactly(friend.getUserName());
  }

  @Test
  void aDeclinedInvitationCreditsNobody() {
    long id = postWith(friend.getUserName());

    coCreators.decline(friendViewer, coCreators.requests(friendViewer).getFirst().id());

    assertThat(creditsFriend(id)).isFalse();
    assertThat(coCreators.requests(friendViewer)).isEmpty();
  }

  @Test
  void nobodyElseAnswersSomeonesInvitation() {
    postWith(friend.getUserName());
    long request = coCreators.requests(friendViewer).getFirst().id();

    assertThatThrownBy(() -> coCreators.accept(writer, request)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> coCreators.decline(Viewer.guest(), request)).isInstanceOf(AccessDeniedException.class);
    assertThat(coCreators.requests(friendViewer)).hasSize(1);
  }

  @Test
  void theWorksEditorSeesWhoIsInvitedAndMayWithdrawIt() {
    long id = postWith(friend.getUserName());
    assertThat(posting.fields(writer, id).coCreators()).containsExactly(friend.getUserName());

    posting.update(writer, id, posting.fields(writer, id).toBuilder().coCreators(List.of()).build());

    assertThat(coCreators.requests(friendViewer)).isEmpty();
  }

  @Test
  void anUnknownUserIsNotInvited() {
    assertThatThrownBy(() -> postWith("nobody_" + word()))
        .isInstanceOfSatisfying(PostingRefusedException.class,
            refused -> assertThat(refused.problems()).containsOnlyKeys("coCreators"));
  }

  @Test
  void aUserNameDifferingOnlyByCaseNamesTheSamePerson() {
    long id = postWith(friend.getUserName().toUpperCase());

    assertThat(coCreators.requests(friendViewer)).extracting(Request::workId).containsExactly(id);
  }
}
