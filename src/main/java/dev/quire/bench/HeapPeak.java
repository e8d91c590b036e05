package dev.quire.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at once while it listens. Heap use is highest just before a collection, so
 * each collection reports what it found; the pools' own peaks cannot be added up, as they peak at
 * different times.
 */
final class HeapPeak implements AutoCloseable {

  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP)
      .map(MemoryPoolMXBean::getName)
      .collect(Collectors.toUnmodifiableSet());
  private final AtomicLong peak = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::collected;

  private HeapPeak() {}

  static HeapPeak start() {
    HeapPeak heapPeak = new HeapPeak();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(heapPeak.listener, null, null);
        heapPeak.emitters.add(emitter);
      }
    }
    return heapPeak;
  }

  /** The most heap in use at once so far, in bytes. */
  long bytes() {
    return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  private void collected(Notification notification, Object handback) {
    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
          .getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
          .filter(pool -> heapPools.contains(pool.getKey()))
          .mapToLong(pool -> pool.getValue().getUsed())
          .sum();
      peak.accumulateAndGet(used, Math::max);
    }
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // Already gone: nothing to stop.
      }
    }
  }
}
