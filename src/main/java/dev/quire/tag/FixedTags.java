package dev.quire.tag;

import java.util.List;

/**
 * AO3's fixed choices, which nobody adds to: its archive warnings and categories, by their
 * canonical names, in the order its forms list them. The posting form offers them and the search
 * form filters by them, so both name a work's tags alike.
 */
public final class FixedTags {

  /** AO3's archive warnings; a posted work gives at least one. */
  public static final List<String> WARNINGS = List.of(
      "Creator Chose Not To Use Archive Warnings", "Graphic Depictions Of Violence",
      "Major Character Death", "No Archive Warnings Apply", "Rape/Non-Con", "Underage Sex");

  /** AO3's categories. */
  public static final List<String> CATEGORIES = List.of("F/F", "F/M", "Gen", "M/M", "Multi", "Other");

  private FixedTags() {}
}
