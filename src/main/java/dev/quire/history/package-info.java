/**
 * A reader's history as pages and the API show it: AO3's History ({@code /users/{user}/readings}),
 * Mark for Later, Resume, pausing and clearing. The rows are {@code reader.ReadingHistory}'s, by
 * work id; this package names the works through {@code WorkCatalog}, so a work the reader may no
 * longer read is listed without its title. Apart from {@code reader} because {@code work} reads
 * the rows (visits, the already-read works left out of lists) and this package reads {@code work}.
 */
package dev.quire.history;
