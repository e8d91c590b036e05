package dev.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {

  @Test
  void hashesAreLowerCaseHexOfTheUtf8BytesAsStoredHashesWere() {
    assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Sha256.hex("Zoë")).isEqualTo(Sha256.hex("Zoë".getBytes(StandardCharsets.UTF_8)));
    assertThat(Sha256.digest().digest(new byte[0])).hasSize(32);
  }
}
