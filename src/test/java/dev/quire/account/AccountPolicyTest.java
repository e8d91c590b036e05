package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class AccountPolicyTest {

  final AccountPolicy policy = new AccountPolicy();

  @Test
  void aSuspendedAccountOrAGuestWritesNothingAndIsToldSoWith403() {
    for (Viewer viewer : new Viewer[] {new Viewer(7L, "sam", Set.of(), true), Viewer.guest()}) {
      assertThatThrownBy(() -> policy.checkMayWrite(viewer))
          .isInstanceOfSatisfying(SuspendedAccountException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(e.getReason()).isEqualTo("A suspended account changes nothing.");
          });
    }
  }

  @Test
  void anAccountInGoodStandingMayWrite() {
    assertThatCode(() -> policy.checkMayWrite(new Viewer(7L, "sam", Set.of(), false))).doesNotThrowAnyException();
  }
}
