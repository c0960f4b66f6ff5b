package dev.slant.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a workload runs. The peak heap in use says little about what a program
 * keeps (a collector lets garbage pile up to the heap limit); what survives each collection does:
 * if that stays flat while the input grows, memory does not grow with the input.
 */
public final class HeapWatch implements AutoCloseable {

  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final List<Runnable> detach = new ArrayList<>();

  private HeapWatch() {}

  /** Starts watching every collection from now on; also resets the heap pools' peaks. */
  public static HeapWatch start() {
    HeapWatch w = new HeapWatch();
    Benchmark.resetPeaks();
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    NotificationListener listener = (notification, handback) -> {
      if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
          .equals(notification.getType())) {
        var info = GarbageCollectionNotificationInfo.from(
            (CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc()
            .entrySet()) {
          if (heapPools.contains(pool.getKey())) {
            used += pool.getValue().getUsed();
          }
        }
        w.maxAfterGc.accumulateAndGet(used, Math::max);
        w.collections.incrementAndGet();
      }
    };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        w.detach.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (ListenerNotFoundException e) {
            // already gone: nothing to undo
          }
        });
      }
    }
    return w;
  }

  /**
   * The most heap in use just after any collection since the start: an upper bound of what the
   * workload kept alive at once.
   */
  public long maxAfterGcBytes() {
    return maxAfterGc.get();
  }

  public long collections() {
    return collections.get();
  }

  /** Sum of the heap pools' peaks since the start. */
  public long peakHeapBytes() {
    return Benchmark.peakHeap();
  }

  /**
   * The process's peak resident set size (Linux {@code VmHWM}), or -1 where the platform does not
   * report it.
   */
  public static long peakRssBytes() {
    Path status = Path.of("/proc/self/status");
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring("VmHWM:".length()).replace("kB", "").strip();
          return Long.parseLong(kb) * 1024;
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  @Override
  public void close() {
    detach.forEach(Runnable::run);
  }
}
