package dev.quire.download;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.BasicConfigurator;
import org.apache.log4j.varia.NullAppender;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (the W3C's), run in-process on an HTML document's bytes. */
public final class NuHtmlChecker {

  private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  static {
    // The checker logs through log4j 1, which this application does not configure.
    BasicConfigurator.configure(new NullAppender());
  }

  private NuHtmlChecker() {}

  /** Every error and warning the checker reports, one line each with its place. */
  public static List<String> problems(byte[] html) throws Exception {
    Collector collector = new Collector();
    SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, true);
    validator.setUpMainSchema(HTML5_SCHEMA, collector);
    validator.setUpValidatorAndParsers(collector, true, false);
    validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html)));
    return collector.problems;
  }

  private static final class Collector implements ErrorHandler {
    private final List<String> problems = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      problems.add("warning " + place(e) + e.getMessage());
    }

    @Override
    public void error(SAXParseException e) {
      problems.add("error " + place(e) + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      problems.add("fatal " + place(e) + e.getMessage());
    }

    private static String place(SAXParseException e) {
      return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": ";
    }
  }
}
