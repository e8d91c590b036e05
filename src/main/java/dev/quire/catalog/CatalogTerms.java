package dev.quire.catalog;

import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import java.util.Locale;

/**
 * The names feeds are written in: XML namespaces, media types, link relations and the archive's
 * own category schemes. The schemes are constants, not addresses of this archive, so that an entry
 * means the same whichever archive or address serves it.
 */
public final class CatalogTerms {

  public static final String ATOM_NS = "http://www.w3.org/2005/Atom";
  public static final String DC_NS = "http://purl.org/dc/terms/";
  public static final String OPDS_NS = "http://opds-spec.org/2010/catalog";
  public static final String OPENSEARCH_NS = "http://a9.com/-/spec/opensearch/1.1/";

  /** An OPDS feed whose entries lead to other feeds. */
  public static final String NAVIGATION = "application/atom+xml;profile=opds-catalog;kind=navigation";
  /** An OPDS feed whose entries are works to download. */
  public static final String ACQUISITION = "application/atom+xml;profile=opds-catalog;kind=acquisition";
  /** A plain Atom feed, for feed readers. */
  public static final String ATOM = "application/atom+xml";
  public static final String OPENSEARCH = "application/opensearchdescription+xml";
  public static final String EPUB = "application/epub+zip";
  public static final String HTML = "text/html";

  static final String REL_ACQUISITION = "http://opds-spec.org/acquisition";
  static final String REL_NEWEST = "http://opds-spec.org/sort/new";

  /** The scheme of a work's rating category; its term is {@link #ratingTerm}, its label AO3's name. */
  public static final String RATING_SCHEME = "https://quire.dev/ns/rating";

  /** The scheme of a tag's category, one per kind: {@code https://quire.dev/ns/tag/fandom}. */
  public static String tagScheme(TagKind kind) {
    return "https://quire.dev/ns/tag/" + kind.key();
  }

  /** A rating's term: {@code general}, {@code teen}, {@code mature}, {@code explicit}, {@code not-rated}. */
  public static String ratingTerm(Rating rating) {
    return rating.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private CatalogTerms() {}
}
