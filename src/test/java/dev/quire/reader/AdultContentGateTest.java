package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.settings.TestSettings;
import dev.quire.tag.Rating;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

class AdultContentGateTest {

  final AdultContentGate gate = new AdultContentGate(TestSettings.configured(Map.of()));

  @Test
  void neverShowsAnExplicitWorkWithoutConsent() {
    assertThat(gate.mustAsk(Rating.EXPLICIT, new MockHttpServletRequest())).isTrue();
  }

  @Test
  void asksForMatureAndNotRatedWorksToo() {
    assertThat(gate.mustAsk(Rating.MATURE, new MockHttpServletRequest())).isTrue();
    assertThat(gate.mustAsk(Rating.NOT_RATED, new MockHttpServletRequest())).isTrue();
  }

  @Test
  void neverAsksForGeneralOrTeenWorks() {
    assertThat(gate.mustAsk(Rating.GENERAL, new MockHttpServletRequest())).isFalse();
    assertThat(gate.mustAsk(Rating.TEEN, new MockHttpServletRequest())).isFalse();
  }

  @Test
  void viewAdultTrueContinuesAndIsRememberedForTheBrowserSession() {
    MockHttpSession session = new MockHttpSession();
    MockHttpServletRequest agreeing = new MockHttpServletRequest();
    agreeing.setSession(session);
    agreeing.setParameter("view_adult", "true");
    MockHttpServletRequest later = new MockHttpServletRequest();
    later.setSession(session);

    assertThat(gate.mustAsk(Rating.EXPLICIT, agreeing)).isFalse();
    assertThat(gate.mustAsk(Rating.EXPLICIT, later)).isFalse();
    assertThat(gate.mustAsk(Rating.EXPLICIT, new MockHttpServletRequest())).isTrue();
  }

  @Test
  void continuingLeadsBackToTheSamePageWithConsent() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/works/7/chapters/9");

    assertThat(gate.continueUrl(request)).isEqualTo("/works/7/chapters/9?view_adult=true");
  }

  @Test
  void continuingKeepsTheOtherChoicesOfThePage() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/works/7");
    request.setQueryString("view_full_work=true&view_adult=false");

    assertThat(gate.continueUrl(request)).isEqualTo("/works/7?view_full_work=true&view_adult=true");
  }

  @Test
  void asksNobodyWhenTheArchiveIsSetNotToAsk() {
    AdultContentGate open = new AdultContentGate(TestSettings.configured(Map.of("quire.reader.confirm-adult", "false")));

    assertThat(open.mustAsk(Rating.EXPLICIT, new MockHttpServletRequest())).isFalse();
  }
}
