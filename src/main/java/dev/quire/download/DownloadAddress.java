package dev.quire.download;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where downloads are found, as AO3 lays them out: {@code /downloads/{id}/{Title}.{ext}} for a
 * work and {@code /downloads/series/{id}/{Title}.epub} for a series. The title part is the
 * title's {@linkplain TitleSlug slug}: it makes the address readable, the id finds the download.
 */
public final class DownloadAddress {

  private DownloadAddress() {}

  /** The last part of a download's address, not encoded: {@code The_Long_Road.epub}. */
  public static String segment(String title, DownloadFormat format) {
    return TitleSlug.of(title) + "." + format.extension();
  }

  /** A work's download address, path only, percent-encoded. */
  public static String ofWork(long id, String title, DownloadFormat format) {
    return encode("/downloads/" + id + "/" + segment(title, format));
  }

  /** A series' download address (EPUB, the one format a series comes in), percent-encoded. */
  public static String ofSeries(long id, String title) {
    return encode("/downloads/series/" + id + "/" + segment(title, DownloadFormat.EPUB));
  }

  private static String encode(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + path, e);
    }
  }
}
