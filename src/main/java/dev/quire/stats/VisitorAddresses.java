package dev.quire.stats;

import dev.quire.platform.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Makes a {@link Visitor} of who is asking. A guest is known by the SHA-256 of the archive's own
 * salt (a random value the migration stored once, the same for every node) and the request's
 * address: the same address gives the same hash on every node and every day, the database holds
 * no address, and a hash cannot be looked up in a table made for every archive at once. An IPv4
 * address space is small, so whoever holds the database and its salt could still try them all;
 * the hash keeps addresses out of sight, not out of reach. Thread-safe.
 */
@Component
public class VisitorAddresses {

  private final Supplier<String> salt;

  VisitorAddresses(JdbcTemplate jdbc) {
    this.salt = SingletonSupplier.of(() -> jdbc.queryForObject("select salt from address_salt", String.class));
  }

  /**
   * The visitor that an account is, or a guest at {@code address}.
   *
   * @param accountId the logged-in account, or {@code null} for a guest
   * @param address the address the request came from (as the proxy header gives it, when trusted)
   */
  public Visitor of(Long accountId, String address) {
    return accountId != null ? new Visitor(accountId, null) : new Visitor(null, hash(address));
  }

  private String hash(String address) {
    MessageDigest digest = Sha256.digest();
    digest.update(salt.get().getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    return HexFormat.of().formatHex(digest.digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
  }
}
