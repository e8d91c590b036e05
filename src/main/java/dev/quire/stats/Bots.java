package dev.quire.stats;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a request's user agent is a program rather than a reader, so that its visit is no hit:
 * no agent at all, or one naming itself a bot, crawler or spider, or a common fetching tool. Pure.
 */
final class Bots {

  private static final Pattern NAMES = Pattern.compile(
      "bot\\b|bot/|crawl|spider|slurp|scrap|curl/|wget/|python-|httpclient|http-client|okhttp|java/|libwww"
          + "|facebookexternalhit|headless|preview|monitor|uptime");

  private Bots() {}

  static boolean isBot(String userAgent) {
    return userAgent == null || userAgent.isBlank() || NAMES.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
  }
}
