package dev.quire.backup;

import dev.quire.account.LocalRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Lets {@code quire backup} ask the server that holds an embedded archive for a backup, as H2 lets
 * no other process open the database meanwhile: once the server answers, its {@link ControlFile}
 * in the data folder names its port and a secret made for this start, and it is removed when the
 * server stops. A request is admitted only when it was made on this machine to the server directly
 * ({@link LocalRequests}) and carries that secret in {@value #SECRET_HEADER}; nothing else, no
 * account or session, lets one in. A server of a cluster writes no control file and admits nobody:
 * PostgreSQL is backed up beside it.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServingControl {

  /** The request header that carries the control file's secret. */
  public static final String SECRET_HEADER = "X-Quire-Control";

  private final Path data;
  private final boolean embedded;
  private final Environment settings;
  private volatile ControlFile control;

  ServingControl(@Value("${quire.data}") Path data, Environment settings) {
    this.data = data;
    this.embedded = ArchiveBackup.Database.of(settings).embedded();
    this.settings = settings;
  }

  @EventListener(ApplicationReadyEvent.class)
  void open() {
    // A test's mock web environment listens on no port, and there is nothing to reach.
    Integer port = settings.getProperty("local.server.port", Integer.class);
    if (embedded && port != null) {
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      ControlFile written = new ControlFile(port, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
      written.writeTo(data);
      control = written;
    }
  }

  @EventListener(ContextClosedEvent.class)
  void close() {
    ControlFile written = control;
    control = null;
    if (written != null) {
      written.removeFrom(data);
    }
  }

  /** Whether {@code request} comes from this machine with the secret of this server's control file. */
  public boolean admits(HttpServletRequest request) {
    ControlFile written = control;
    String secret = request.getHeader(SECRET_HEADER);
    return written != null && secret != null && LocalRequests.madeHere(request)
        && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), written.secret().getBytes(StandardCharsets.UTF_8));
  }
}
