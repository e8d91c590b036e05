package dev.quire.work;

/**
 * What only a work's editors are told of it in the API: whether it is a draft, and whether only
 * logged-in readers find it.
 */
public record PostingState(boolean draft, boolean restricted) {}
