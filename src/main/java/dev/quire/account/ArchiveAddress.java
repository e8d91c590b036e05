package dev.quire.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The archive's address as mailed links begin: {@code quire.url} when it is set, as it should be
 * wherever the archive is public (a request's Host header is the visitor's to choose, and a reset
 * link must never point elsewhere); otherwise the address the current request came to, which is
 * right for {@code quire demo} on one machine.
 */
@Component
class ArchiveAddress {

  private final String configured;

  ArchiveAddress(@Value("${quire.url:}") String configured) {
    this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }

  /** The absolute address of {@code path} (which begins with a slash) on this archive. */
  String of(String path) {
    String base = configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : configured;
    return base + path;
  }
}
