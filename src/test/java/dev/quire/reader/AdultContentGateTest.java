package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.settings.TestSettings;
import dev.quire.tag.Rating;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AdultContentGateTest {

  final AdultContentGate gate = new AdultContentGate(TestSettings.configured(Map.of()));

  @Test
  void neverShowsAnExplicitWorkWithoutConsent() {
    assertThat(asksAStranger(gate, Rating.EXPLICIT)).isTrue();
  }

  @Test
  void asksForMatureAndNotRatedWorksToo() {
    assertThat(asksAStranger(gate, Rating.MATURE)).isTrue();
    assertThat(asksAStranger(gate, Rating.NOT_RATED)).isTrue();
  }

  @Test
  void neverAsksForGeneralOrTeenWorks() {
    assertThat(asksAStranger(gate, Rating.GENERAL)).isFalse();
    assertThat(asksAStranger(gate, Rating.TEEN)).isFalse();
  }

  @Test
  void viewAdultTrueContinuesAndIsRememberedForTheBrowserSession() {
    MockHttpServletRequest agreeing = agreeing();
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
    assertThat(asksAStranger(gate, Rating.EXPLICIT)).isTrue();
  }

  @Test
  void agreeingStoresNothingOnTheServer() {
    MockHttpServletRequest agreeing = agreeing();

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
    MockHttpServletResponse answer = new MockHttpServletResponse();

    assertThat(gate.mustAsk(Rating.TEEN, agreeing(), answer)).isFalse();
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

    assertThat(asksAStranger(open, Rating.EXPLICIT)).isFalse();
  }

  /** Whether {@code gate} asks a browser that has not agreed and does not agree on this address. */
  private static boolean asksAStranger(AdultContentGate gate, Rating rating) {
    return gate.mustAsk(rating, new MockHttpServletRequest(), new MockHttpServletResponse());
  }

  /** A request whose address agrees ({@code ?view_adult=true}). */
  private static MockHttpServletRequest agreeing() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setParameter("view_adult", "true");
    return request;
  }
}
