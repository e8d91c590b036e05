package dev.quire.account;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether a request was made on the machine the node runs on, to the node directly: it came from a
 * loopback address, to a loopback address, and through no proxy. A request that came through a
 * proxy on the same machine carries the proxy's forwarding header (Tomcat reads the client's
 * address from it), so it counts as the client's, not as local: a proxy in front of Quire must send
 * {@code X-Forwarded-For}. The address it arrived at is one no forwarding header changes, and only
 * a program on this machine reaches a loopback one.
 */
public final class LocalRequests {

  private LocalRequests() {}

  public static boolean madeHere(HttpServletRequest request) {
    if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null) {
      return false;
    }
    return loopback(request.getRemoteAddr()) && loopback(request.getLocalAddr());
  }

  private static boolean loopback(String address) {
    try {
      // Tomcat gives addresses as digits (it looks no names up), so nothing is resolved here.
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
