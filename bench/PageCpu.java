import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * What one work page costs the server that serves it, in CPU time: one reader asks for PAGES work
 * pages of random works 1..WORKS (each a 200) and then for the same pages again with the ETags they
 * came with (each a 304, as a returning reader's browser asks), one request at a time, and the
 * server's CPU time (its process's user and system time from /proc, the collector's and the
 * compiler's threads included) is divided by the pages. WARM rounds first, to let the JIT compile
 * the server's code, then ROUNDS measured rounds, each with works of its own. Linux only.
 *
 *   java bench/PageCpu.java http://127.0.0.1:8190 PID WORKS PAGES WARM ROUNDS
 */
public class PageCpu {

  private static final long TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

  public static void main(String[] args) throws Exception {
    String base = args[0];
    long pid = Long.parseLong(args[1]);
    int works = Integer.parseInt(args[2]);
    int pages = Integer.parseInt(args[3]);
    int warm = Integer.parseInt(args[4]);
    int rounds = Integer.parseInt(args[5]);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int round = 0; round < warm + rounds; round++) {
      Random random = new Random(round);
      List<String> addresses = new ArrayList<>();
      for (int i = 0; i < pages; i++) {
        addresses.add(base + "/works/" + (1 + random.nextInt(works)) + "?view_adult=true");
      }
      List<String> etags = new ArrayList<>();
      TreeMap<Integer, Integer> statuses = new TreeMap<>();
      long before = cpuTicks(pid);
      for (String address : addresses) {
        HttpResponse<byte[]> page = client.send(request(address, null), HttpResponse.BodyHandlers.ofByteArray());
        statuses.merge(page.statusCode(), 1, Integer::sum);
        etags.add(page.headers().firstValue("ETag").orElse(null));
      }
      long sent = cpuTicks(pid);
      for (int i = 0; i < pages; i++) {
        HttpResponse<byte[]> again = client.send(request(addresses.get(i), etags.get(i)),
            HttpResponse.BodyHandlers.ofByteArray());
        statuses.merge(again.statusCode(), 1, Integer::sum);
      }
      long kept = cpuTicks(pid);
      System.out.printf("%s %d: page %.2f ms of CPU, asked again %.2f ms; answers %s%n",
          round < warm ? "warm-up" : "measured", round < warm ? round + 1 : round - warm + 1,
          millisEach(sent - before, pages), millisEach(kept - sent, pages), statuses);
    }
  }

  private static HttpRequest request(String address, String etag) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).header("Cookie", "view_adult=true");
    return (etag == null ? request : request.header("If-None-Match", etag)).build();
  }

  private static double millisEach(long ticks, int pages) {
    return 1000.0 * ticks / TICKS_PER_SECOND / pages;
  }

  /** The process's user and system time so far, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
  private static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
