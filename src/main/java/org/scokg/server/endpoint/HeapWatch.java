package org.scokg.server.endpoint;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationFilter;
import javax.management.NotificationListener;

/**
 * Has a {@link HeapGuard} check the heap after each garbage collection that leaves a heap pool above
 * the guard's fraction of its maximum: the JVM's collection usage thresholds and the
 * {@link MemoryNotificationInfo#MEMORY_COLLECTION_THRESHOLD_EXCEEDED} notifications of its
 * MemoryMXBean. No thread polls; the JVM tells when memory is short, which is just after a collection
 * when memory grows.
 *
 * <p>The thresholds belong to the whole JVM: they are only ever lowered, so that each guard of the JVM
 * (one a server) hears of every collection that concerns it, and checks its own fraction.
 */
final class HeapWatch {
    private final NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
    private final NotificationListener listener;
    private final NotificationFilter filter = n -> MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType());

    private HeapWatch(HeapGuard guard) {
        this.listener = (notification, handback) -> guard.check();
    }

    /** Has the guard check the heap after the collections that concern it, until {@link #stop()}. */
    static HeapWatch start(HeapGuard guard) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()) {
                lowerThreshold(pool, guard.fraction());
            }
        }
        HeapWatch watch = new HeapWatch(guard);
        watch.emitter.addNotificationListener(watch.listener, watch.filter, null);
        return watch;
    }

    void stop() {
        try {
            emitter.removeNotificationListener(listener, filter, null);
        } catch (ListenerNotFoundException e) {
            // stopped already
        }
    }

    /** The heap pools' usage after their latest collection, as a fraction of the maximum heap. */
    static double heapInUseAfterCollection() {
        long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        if (max <= 0) {
            return 0;
        }
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterCollection != null) {
                used += afterCollection.getUsed();
            }
        }
        return (double) used / max;
    }

    private static synchronized void lowerThreshold(MemoryPoolMXBean pool, double fraction) {
        long max = pool.getUsage().getMax();
        if (max <= 0) {
            max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        }
        // Zero would turn the threshold off.
        long threshold = Math.max(1, (long) (max * fraction));
        long current = pool.getCollectionUsageThreshold();
        if (current == 0 || threshold < current) {
            pool.setCollectionUsageThreshold(threshold);
        }
    }
}
