package dev.quire.ingest.format;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Byte-level mutations a fuzzer applies: flips, overwrites, insertions, deletions, truncation. */
final class Mutations {

  private static final byte[][] INTERESTING = {
    "<".getBytes(), ">".getBytes(), "&".getBytes(), "\"".getBytes(), "<div>".getBytes(),
    "</div>".getBytes(), "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>".getBytes(), "&a;".getBytes(),
    {0}, {(byte) 0xC3}, {(byte) 0xFF, (byte) 0xFE}, "PK\u0003\u0004".getBytes(),
    "Chapter 1\n".getBytes(), "Title: \n".getBytes(), "\r\n\r\n".getBytes()
  };

  private Mutations() {}

  static byte[] mutate(byte[] original, SplittableRandom random) {
    byte[] bytes = original;
    int rounds = 1 + random.nextInt(4);
    for (int i = 0; i < rounds; i++) {
      bytes = once(bytes, random);
    }
    return bytes;
  }

  private static byte[] once(byte[] bytes, SplittableRandom random) {
    if (bytes.length == 0) {
      return INTERESTING[random.nextInt(INTERESTING.length)].clone();
    }
    int at = random.nextInt(bytes.length);
    return switch (random.nextInt(5)) {
      case 0 -> flip(bytes, at, random);
      case 1 -> insert(bytes, at, INTERESTING[random.nextInt(INTERESTING.length)]);
      case 2 -> delete(bytes, at, 1 + random.nextInt(Math.min(64, bytes.length - at)));
      case 3 -> Arrays.copyOf(bytes, at);
      default -> insert(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(256))));
    };
  }

  private static byte[] flip(byte[] bytes, int at, SplittableRandom random) {
    byte[] copy = bytes.clone();
    copy[at] ^= (byte) (1 << random.nextInt(8));
    return copy;
  }

  private static byte[] insert(byte[] bytes, int at, byte[] extra) {
    byte[] copy = new byte[bytes.length + extra.length];
    System.arraycopy(bytes, 0, copy, 0, at);
    System.arraycopy(extra, 0, copy, at, extra.length);
    System.arraycopy(bytes, at, copy, at + extra.length, bytes.length - at);
    return copy;
  }

  private static byte[] delete(byte[] bytes, int at, int count) {
    byte[] copy = new byte[bytes.length - count];
    System.arraycopy(bytes, 0, copy, 0, at);
    System.arraycopy(bytes, at + count, copy, at, bytes.length - at - count);
    return copy;
  }
}
