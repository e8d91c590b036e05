package dev.quire.download;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** epubcheck, run in-process: what it reports as a warning, an error or fatal for an EPUB's bytes. */
public final class Epubcheck {

  private Epubcheck() {}

  /** Every warning, error and fatal error, one line each with where it was found. */
  public static List<String> problems(byte[] epub) {
    Collector report = new Collector();
    new EpubCheck(new ByteArrayInputStream(epub), report, "download.epub").check();
    return report.problems;
  }

  private static final class Collector extends MasterReport {
    private final List<String> problems = new ArrayList<>();

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
      Severity severity = message.getSeverity();
      if (severity == Severity.WARNING || severity == Severity.ERROR || severity == Severity.FATAL) {
        problems.add(severity + " " + message.getID() + " " + location + ": " + message.getMessage(args));
      }
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {}

    @Override
    public int generate() {
      return 0;
    }

    @Override
    public void initialize() {}
  }
}
