package org.scokg.server.ld;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Values computed from the database and kept, the least recently used dropped first once their total
 * weight passes a budget. The keys name the database state (its fingerprint), so a value is never
 * stale: after a change it is simply not asked for again, and ages out.
 *
 * <p>A value is computed once for each key: requests that come while it is computed wait for that
 * computation rather than each starting its own (a page with thousands of incoming links asked for by
 * many clients at once); the lock is never held while computing. A null value (nothing there) is
 * not kept, nor is a failure.
 */
final class BoundedCache<K, V> {
    private final long budget;
    private final ToLongFunction<V> weight;
    private final LinkedHashMap<K, V> values = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<K, CompletableFuture<V>> computing = new HashMap<>();
    private long total;

    /** @param budget the total weight kept; a value heavier than that alone is computed but not kept */
    BoundedCache(long budget, ToLongFunction<V> weight) {
        this.budget = budget;
        this.weight = weight;
    }

    V get(K key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running;
        synchronized (this) {
            V known = values.get(key);
            if (known != null) {
                return known;
            }
            running = computing.putIfAbsent(key, mine);
        }
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            V value = compute.get();
            synchronized (this) {
                computing.remove(key);
                if (value != null) {
                    keep(key, value);
                }
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                computing.remove(key);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The total weight kept now. */
    synchronized long weight() {
        return total;
    }

    private void keep(K key, V value) {
        long w = weight.applyAsLong(value);
        if (w > budget) {
            return;
        }
        V replaced = values.put(key, value);
        total += w - (replaced == null ? 0 : weight.applyAsLong(replaced));
        for (Iterator<V> eldest = values.values().iterator(); total > budget && eldest.hasNext();) {
            total -= weight.applyAsLong(eldest.next());
            eldest.remove();
        }
    }
}
