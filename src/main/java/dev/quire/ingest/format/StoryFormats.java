package dev.quire.ingest.format;

import java.util.List;
import java.util.Optional;

/** The formats Quire reads, asked in order: the most specific first, plain text last. */
public final class StoryFormats {

  private static final List<StoryFormat> ALL =
      List.of(new EpubFormat(), new Ao3HtmlFormat(), new Ao3WorkPageFormat(), new FfnPageFormat(),
          new GutenbergFormat(), new HeaderLinesFormat(), new HtmlPageFormat(), new PlainTextFormat());

  private StoryFormats() {}

  /** The first format that accepts the file, if any does. */
  public static Optional<StoryFormat> detect(byte[] content, String fileName) {
    return ALL.stream().filter(f -> f.accepts(content, fileName)).findFirst();
  }

  /** Names of every format, for messages. */
  public static List<String> names() {
    return ALL.stream().map(StoryFormat::name).toList();
  }
}
