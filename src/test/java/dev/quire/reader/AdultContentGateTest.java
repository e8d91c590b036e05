package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.settings.TestSettings;
import dev.quire.tag.Rating;
import java.util.Map;
import org.junit.jupiter.api.Test;
import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AdultContentGateTest {

  final AdultContentGate gate = new AdultContentGate(TestSettings.configured(Map.of()));

  @Test
  void neverShowsAnExplicitWorkWithoutConsent() {
    assertThat(gate.mustAsk(Rating.EXPLICIT, new MockHttpServletRequest(), new MockHttpServletResponse())).isTrue();
  }

  @Test
  void asksForMatureAndNotRatedWorksToo() {
    assertThat(gate.mustAsk(Rating.MATURE, new MockHttpServletRequest(), new MockHttpServletResponse())).isTrue();
    assertThat(gate.mustAsk(Rating.NOT_RATED, new MockHttpServletRequest(), new MockHttpServletResponse())).isTrue();
  }

  @Test
  void neverAsksForGeneralOrTeenWorks() {
    assertThat(gate.mustAsk(Rating.GENERAL, new MockHttpServletRequest(), new MockHttpServletResponse())).isFalse();
    assertThat(gate.mustAsk(Rating.TEEN, new MockHttpServletRequest(), new MockHttpServletResponse())).isFalse();
  }

  @Test
  void viewAdultTrueContinuesAndIsRememberedForTheBrowserSession() {
    MockHttpServletRequest agreeing = new MockHttpServletRequest();
    agreeing.setParameter("view_adult", "true");
    MockHttpServletResponse answer = new MockHttpServletResponse();

    assertThat(gate.mustAsk(Rating.EXPLICIT, agreeing, answer)).isFalse();
    Cookie consent = answer.getCookie("view_adult");
    assertThat(consent).as("the agreement, kept by the browser").isNotNull();
    assertThat(consent.getMaxAge()).as("until the browser closes").isNegative();
    assertThat(consent.isHttpOnly()).isTrue();
    assertThat(consent.getPath()).isEqualTo("/");

    MockHttpServletRequest later = new MockHttpServletRequest();
    later.setCookies(new Cookie(consent.getName(), consent.getValue()));
    MockHttpServletResponse laterAnswer = new MockHttpServletResponse();
    assertThat(gate.mustAsk(Rating.EXPLICIT, later, laterAnswer)).isFalse();
    assertThat(laterAnswer.getCookies()).as("nothing set again").isEmpty();
    assertThat(gate.mustAsk(Rating.EXPLICIT, new MockHttpServletRequest(), new MockHttpServletResponse())).isTrue();
  }

  @Test
  void agreeingStoresNothingOnTheServer() {
    MockHttpServletRequest agreeing = new MockHttpServletRequest();
    agreeing.setParameter("view_adult", "true");

    gate.mustAsk(Rating.EXPLICIT, agreeing, new MockHttpServletResponse());

    assertThat(agreeing.getSession(false)).as("no session made for a guest's agreement").isNull();
  }

  @Test
  void aCookieThatDoesNotSayYesIsNoAgreement() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setCookies(new Cookie("view_adult", "false"));

    assertThat(gate.mustAsk(Rating.EXPLICIT, request, new MockHttpServletResponse())).isTrue();
  }

  @Test
  void aTeenWorkSetsNoCookieEvenWhenTheAddressAgrees() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setParameter("view_adult", "true");
    MockHttpServletResponse answer = new MockHttpServletResponse();

    assertThat(gate.mustAsk(Rating.TEEN, request, answer)).isFalse();
    assertThat(answer.getCookies()).isEmpty();
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

    assertThat(open.mustAsk(Rating.EXPLICIT, new MockHttpServletRequest(), new MockHttpServletResponse())).isFalse();
  }
}
