package dev.quire.download;

import java.util.Locale;
import java.util.Optional;

/** The file formats a work downloads as, named by the extension its download address ends with. */
public enum DownloadFormat {
  EPUB("epub", "EPUB", "application/epub+zip"),
  HTML("html", "HTML", "text/html;charset=UTF-8"),
  TXT("txt", "TXT", "text/plain;charset=UTF-8");

  private final String extension;
  private final String label;
  private final String mediaType;

  DownloadFormat(String extension, String label, String mediaType) {
    this.extension = extension;
    this.label = label;
    this.mediaType = mediaType;
  }

  /** The file name extension, lower case, without the dot. */
  public String extension() {
    return extension;
  }

  /** The name readers know the format by ("EPUB"). */
  public String label() {
    return label;
  }

  /** The value of the download's {@code Content-Type} header. */
  public String mediaType() {
    return mediaType;
  }

  /** The format whose extension is {@code extension}, ignoring case. */
  public static Optional<DownloadFormat> fromExtension(String extension) {
    String wanted = extension.toLowerCase(Locale.ROOT);
    for (DownloadFormat format : values()) {
      if (format.extension.equals(wanted)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * The name a downloaded file is saved under: the title as readers know it, with only the
   * characters that file systems refuse replaced, and this format's extension.
   */
  public String attachmentName(String title) {
    return TitleSlug.readable(title) + "." + extension;
  }
}
