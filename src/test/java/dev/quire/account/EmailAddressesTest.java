package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Addresses are one account's when they differ only by case or width, never by a look-alike letter. */
class EmailAddressesTest {

  @Test
  void addressesDifferingOnlyByCaseOrWidthAreOne() {
    assertThat(EmailAddresses.key(" Sam@Example.org ")).isEqualTo(EmailAddresses.key("sam@example.org"));
    assertThat(EmailAddresses.key("ｓａｍ@example.org")).isEqualTo(EmailAddresses.key("sam@example.org"));
  }

  @Test
  void addressesDifferingByALookAlikeLetterAreTwo() {
    assertThat(EmailAddresses.key("sam1@example.org")).isNotEqualTo(EmailAddresses.key("saml@example.org"));
    assertThat(EmailAddresses.key("b0b@example.org")).isNotEqualTo(EmailAddresses.key("bob@example.org"));
  }
}
