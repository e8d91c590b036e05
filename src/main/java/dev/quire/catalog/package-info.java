/**
 * The archive's catalog: the pages readers browse by ({@code /fandoms} by AO3's media categories,
 * {@code /tags}), an OPDS 1.2 catalog under {@code /opds} for reading apps, and Atom feeds of
 * recent works and of each tag for feed readers.
 *
 * <p>Feeds are written with an XML stream writer, never by joining strings, and hold absolute
 * links built from the address the request came in on ({@link dev.quire.catalog.CatalogLinks}).
 * Every list is made for a viewer and holds what {@link dev.quire.work.AccessPolicy#readable}
 * lets them find (a guest never sees a restricted work, nor counts one). Lists of works come from
 * the search layer through {@code CatalogWorks} alone, so they follow the same rules as the search
 * pages; lists of tags and creators come from the database ({@code Listings}), counting the
 * viewer's works only. A work's entry carries its rating as an {@code atom:category} in the scheme
 * {@link dev.quire.catalog.CatalogTerms#RATING_SCHEME}, and the download links of adult works
 * (Mature, Explicit, Not Rated) carry {@code ?view_adult=true}: a reading app has no browser
 * session to answer the adult-content question in, and the category tells it what it fetches.
 */
package dev.quire.catalog;
