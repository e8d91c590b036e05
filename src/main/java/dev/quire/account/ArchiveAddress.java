package dev.quire.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The archive's address as mailed links begin: {@code quire.url} when it is set, as it should be
 * wherever the archive is public (a request's Host header is the visitor's to choose, and a reset
 * link must never point elsewhere); otherwise the address the current request came to, which is
 * right for {@code quire demo} on one machine.
 */
@Component
public class ArchiveAddress {

  private final String configured;

  ArchiveAddress(@Value("${quire.url:}") String configured) {
    this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }

  /**
   * Whether links can be made now: {@code quire.url} is set, or a request is being served. Work
   * done on a schedule has no request, so it mails links only where {@code quire.url} is set.
   */
  public boolean isKnown() {
    return !configured.isEmpty() || RequestContextHolder.getRequestAttributes() != null;
  }

  /** The absolute address of {@code path} (which begins with a slash) on this archive. */
  public String of(String path) {
    String base = configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : configured;
    return base + path;
  }
}
