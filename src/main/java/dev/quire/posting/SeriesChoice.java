package dev.quire.posting;

/**
 * The series a work is posted in: one of the creator's own series, or a new one, by title.
 *
 * @param title the series' title; an existing series of that title is joined when the viewer may
 *     add to it, otherwise a new series begins
 * @param position the work's 1-based place in it, or {@code null} for after the last work
 */
public record SeriesChoice(String title, Integer position) {}
