package dev.quire.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a local port to a real server, which a test shuts and opens again: shut, the port
 * refuses connections and the open ones are cut, exactly what the archive sees of a server that
 * stopped or a network that failed; open, it relays again on the same port. Held, it keeps every
 * connection open and accepts new ones but relays nothing, what the archive sees of a server that
 * hangs (a stopped process, a long pause) until it is released. The shared development and CI
 * servers are never stopped.
 */
final class TcpGate implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listener;
  private boolean held;
  private int port;

  TcpGate(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    open();
  }

  /** The local port the archive is given instead of the server's. */
  int port() {
    return port;
  }

  /** Relays connections again, on the same port. */
  synchronized void open() throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    port = socket.getLocalPort();
    listener = socket;
    Thread.ofVirtual().start(() -> accept(socket));
  }

  /** Keeps the connections open, and takes new ones, but relays nothing until {@link #release()}. */
  synchronized void hold() {
    held = true;
  }

  /** Relays again, starting with what was held. */
  synchronized void release() {
    held = false;
    notifyAll();
  }

  /** Refuses new connections and cuts the open ones. */
  synchronized void shut() throws IOException {
    release();
    listener.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    sockets.clear();
  }

  @Override
  public void close() throws IOException {
    shut();
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Socket server = new Socket(targetHost, targetPort);
        sockets.add(client);
        sockets.add(server);
        Thread.ofVirtual().start(() -> pump(client, server));
        Thread.ofVirtual().start(() -> pump(server, client));
      } catch (IOException e) {
        // The gate was shut: accept() ends with the listener.
      }
    }
  }

  private void pump(Socket from, Socket to) {
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      byte[] buffer = new byte[8192];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        awaitRelease();
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // One side closed or was cut; the other is closed below.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private synchronized void awaitRelease() throws InterruptedException {
    while (held) {
      wait();
    }
  }

  private void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Already gone.
    }
    sockets.remove(socket);
  }
}
