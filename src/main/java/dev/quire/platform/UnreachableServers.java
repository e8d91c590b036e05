package dev.quire.platform;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.search.util.common.SearchException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;

/**
 * Says which server a starting archive could not reach, and where: the PostgreSQL database
 * ({@code quire.database.url}) or the OpenSearch cluster ({@code quire.search.hosts}), with the
 * network's reason, in one line a person can act on. As a Spring Boot failure analyzer it also
 * keeps Spring from logging "Application run failed" with a stack trace for these known causes;
 * the command line prints the line ({@code cli/Archive}). Addresses are shown without the user
 * names, passwords and parameters they may carry.
 */
public final class UnreachableServers implements FailureAnalyzer {

  private final Environment environment;

  public UnreachableServers(Environment environment) {
    this.environment = environment;
  }

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    return explain(failure, environment)
        .map(line -> new FailureAnalysis(line, "Start it, or change the setting that names it.", failure))
        .orElse(null);
  }

  /**
   * The line for {@code failure} if a server the archive needs did not answer, with the addresses
   * the settings name; empty for any other failure.
   */
  public static Optional<String> explain(Throwable failure, PropertyResolver settings) {
    List<Throwable> chain = chain(failure);
    Optional<IOException> network = chain.stream().filter(IOException.class::isInstance).map(IOException.class::cast)
        .reduce((first, deeper) -> deeper);
    if (network.isEmpty()) {
      return Optional.empty();
    }
    String reason = reason(network.get());
    String database = settings.getProperty("quire.database.url", "");
    if (!database.isBlank() && chain.stream().anyMatch(SQLException.class::isInstance)) {
      return Optional.of("Quire cannot reach the PostgreSQL database at " + shown(database)
          + " (" + reason + "): start it, or unset QUIRE_DATABASE_URL");
    }
    String hosts = settings.getProperty("quire.search.hosts", "");
    if (!hosts.isBlank() && chain.stream().anyMatch(SearchException.class::isInstance)) {
      String shown = Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty())
          .map(UnreachableServers::shown).collect(Collectors.joining(", "));
      return Optional.of("Quire cannot reach the OpenSearch cluster at " + shown + " (" + reason
          + "): start it, or unset QUIRE_SEARCH_HOSTS");
    }
    return Optional.empty();
  }

  /** The failure and everything below it: causes, and the failures Hibernate Search collects as suppressed. */
  private static List<Throwable> chain(Throwable failure) {
    List<Throwable> seen = new ArrayList<>();
    List<Throwable> next = new ArrayList<>(List.of(failure));
    while (!next.isEmpty() && seen.size() < 100) {
      Throwable one = next.removeFirst();
      if (seen.stream().anyMatch(s -> s == one)) {
        continue;
      }
      seen.add(one);
      if (one.getCause() != null) {
        next.add(one.getCause());
      }
      next.addAll(Arrays.asList(one.getSuppressed()));
    }
    return seen;
  }

  private static String reason(IOException network) {
    if (network instanceof UnknownHostException) {
      return "unknown host " + network.getMessage();
    }
    String message = network.getMessage();
    return message == null ? network.getClass().getSimpleName() : message.toLowerCase(Locale.ROOT);
  }

  /**
   * {@code address} without the user name and password a URL may carry
   * ({@code http://user:secret@host:9200}) and without a JDBC URL's parameters, where a password
   * may be ({@code jdbc:postgresql://host/db?password=secret}).
   */
  private static String shown(String address) {
    String shown = address.strip().replaceFirst("\\?.*", "");
    try {
      String userInfo = URI.create(shown.replaceFirst("^jdbc:", "")).getRawUserInfo();
      return userInfo == null ? shown : shown.replace(userInfo + "@", "");
    } catch (IllegalArgumentException e) {
      return shown.replaceFirst("//[^/@]*@", "//");
    }
  }
}
