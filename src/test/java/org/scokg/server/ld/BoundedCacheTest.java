package org.scokg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    private final AtomicInteger computed = new AtomicInteger();

    private String compute(String value) {
        computed.incrementAndGet();
        return value;
    }

    @Test
    void aValueIsComputedOnceAndKept() {
        BoundedCache<String, String> cache = new BoundedCache<>(100, String::length);
        String first = cache.get("k", () -> compute(new String("value")));
        assertSame(first, cache.get("k", () -> compute("other")));
        assertEquals(1, computed.get());
        assertEquals(5, cache.weight());
    }

    @Test
    void theLeastRecentlyUsedGoOnceTheBudgetIsPassed() {
        BoundedCache<String, String> cache = new BoundedCache<>(10, String::length);
        cache.get("a", () -> compute("aaaa"));
        cache.get("b", () -> compute("bbbb"));
        cache.get("a", () -> compute("again"));
        cache.get("c", () -> compute("cccc"));
        assertEquals(8, cache.weight(), "b went, a was used since");
        assertEquals("aaaa", cache.get("a", () -> compute("again")));
        assertEquals("new b", cache.get("b", () -> compute("new b")));
        assertEquals(4, computed.get());
    }

    @Test
    void nothingTooHeavyNothingAbsentAndNoFailureIsKept() {
        BoundedCache<String, String> cache = new BoundedCache<>(3, String::length);
        cache.get("heavy", () -> compute("heavy"));
        cache.get("heavy", () -> compute("heavy"));
        assertNull(cache.get("none", () -> compute(null)));
        cache.get("none", () -> compute(null));
        assertThrows(IllegalStateException.class, () -> cache.get("failing", () -> {
            throw new IllegalStateException("broken");
        }));
        assertEquals("ok", cache.get("failing", () -> compute("ok")));
        assertEquals(5, computed.get());
        assertEquals(2, cache.weight());
    }

    @Test
    void requestsForAValueBeingComputedWaitForThatComputation() throws Exception {
        BoundedCache<String, String> cache = new BoundedCache<>(100, String::length);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> first = new AtomicReference<>();
        AtomicReference<String> second = new AtomicReference<>();
        Thread one = new Thread(() -> first.set(cache.get("k", () -> {
            computing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return compute(new String("once"));
        })));
        one.start();
        computing.await();
        Thread two = new Thread(() -> second.set(cache.get("k", () -> compute("twice"))));
        two.start();
        while (two.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        release.countDown();
        one.join();
        two.join();
        assertSame(first.get(), second.get());
        assertEquals(1, computed.get());
    }
}
