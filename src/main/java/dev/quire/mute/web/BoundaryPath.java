package dev.quire.mute.web;

import dev.quire.mute.BoundaryKind;

/** The word a mute or block goes by in addresses: {@code /account/mutes}, {@code /api/v1/me/blocks/{user}}. */
final class BoundaryPath {

  /** The address pattern of both kinds, for a path variable {@code kind}. */
  static final String KINDS = "{kind:mutes|blocks}";

  private BoundaryPath() {}

  static BoundaryKind kind(String word) {
    return "mutes".equals(word) ? BoundaryKind.MUTE : BoundaryKind.BLOCK;
  }

  static String word(BoundaryKind kind) {
    return kind == BoundaryKind.MUTE ? "mutes" : "blocks";
  }
}
