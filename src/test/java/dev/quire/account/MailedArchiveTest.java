package dev.quire.account;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.quire.ArchiveTest;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An archive of its own whose mail goes to a real SMTP server (GreenMail, on a free port, one for
 * the whole run so that the archive's context can be shared), and whose sign-up is by invitation.
 * Each test starts with no mail.
 */
@Tag(ArchiveTest.WHOLE_ARCHIVE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class MailedArchiveTest {

  protected static final GreenMail MAIL = startMailServer();

  private static final java.nio.file.Path DATA = ArchiveTest.newDataFolder();

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveTest.deployment(registry, DATA);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    registry.add("quire.accounts.signup", () -> "invitation");
    // Mailed links begin with it even when no request is served (the queue's daily invitations).
    registry.add("quire.url", () -> "http://archive.example.org");
  }

  @BeforeEach
  void noMailYet() throws Exception {
    MAIL.purgeEmailFromAllMailboxes();
  }

  private static GreenMail startMailServer() {
    GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    return mail;
  }

  /** The one mail sent to {@code address} since the test began, waiting up to 5 s for it. */
  protected static MimeMessage mailTo(String address) throws Exception {
    MAIL.waitForIncomingEmail(5000, 1);
    for (MimeMessage message : MAIL.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().equals(address)) {
        return message;
      }
    }
    throw new AssertionError("no mail to " + address);
  }

  /** The path and query of the first link in {@code message} to this archive's {@code path}. */
  protected static String link(MimeMessage message, String path) throws Exception {
    String body = String.valueOf(message.getContent());
    Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\S*)").matcher(body);
    if (!link.find()) {
      throw new AssertionError("no link to " + path + " in " + body);
    }
    return link.group(1);
  }
}
