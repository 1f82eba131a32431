package org.scokg.server.ld;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.jena.fuseki.Fuseki;

/**
 * A value derived from the whole database (the catalogue, the statistics), too costly to compute
 * while a request waits. It is computed once per database state, in the background, on the executor
 * given (one thread, so never two computations at once), and served stale while a new one is under
 * way: a request never waits for a computation that another request started, except for the very
 * first value, and then at most {@code firstWait} before it is told to come back.
 */
public final class RefreshingCache<T> {
    /** The value and the fingerprint of the database state it was computed from. */
    public record Versioned<T>(T value, String fingerprint) {}

    private final String name;
    private final Supplier<String> fingerprint;
    private final Supplier<T> compute;
    private final Executor executor;
    private final Duration firstWait;
    private final AtomicLong computations = new AtomicLong();
    private Versioned<T> latest;
    private CompletableFuture<Versioned<T>> running;

    /**
     * @param name        what the value is, for messages
     * @param fingerprint the current state of the database, cheap to ask for
     * @param compute     computes the value from the database as it is when it runs
     */
    RefreshingCache(String name, Supplier<String> fingerprint, Supplier<T> compute, Executor executor, Duration firstWait) {
        this.name = name;
        this.fingerprint = fingerprint;
        this.compute = compute;
        this.executor = executor;
        this.firstWait = firstWait;
    }

    /**
     * The value for the current state, else the latest one while the current one is computed, else
     * (nothing computed yet) the first value once ready, if within {@code firstWait}.
     *
     * @throws StillComputingException when there is no value yet and the first takes longer
     */
    Versioned<T> get() {
        String current = fingerprint.get();
        CompletableFuture<Versioned<T>> first;
        synchronized (this) {
            if (latest != null && latest.fingerprint().equals(current)) {
                return latest;
            }
            if (running == null) {
                running = start(current);
            }
            if (latest != null) {
                return latest;
            }
            first = running;
        }
        try {
            return first.get(firstWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new StillComputingException(name, firstWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StillComputingException(name, firstWait);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot compute the " + name + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Starts computing the value for the current state, unless it is known or under way: at start-up, so the first visitor need not wait. */
    synchronized void refresh() {
        String current = fingerprint.get();
        if (running == null && (latest == null || !latest.fingerprint().equals(current))) {
            running = start(current);
        }
    }

    /** How many computations have been started. */
    long computations() {
        return computations.get();
    }

    /** Called with the lock held: {@code running} is set before the computation can finish and clear it. */
    private CompletableFuture<Versioned<T>> start(String forFingerprint) {
        computations.incrementAndGet();
        CompletableFuture<Versioned<T>> future = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                // The value is labelled with the state seen before it is computed: if the data moves on
                // meanwhile, the label is older than the value, and the next request computes again.
                long start = System.nanoTime();
                Versioned<T> value = new Versioned<>(compute.get(), forFingerprint);
                Fuseki.serverLog.info("computed the {} in {} ms", name, (System.nanoTime() - start) / 1_000_000);
                synchronized (this) {
                    latest = value;
                    running = null;
                }
                future.complete(value);
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    running = null;
                }
                Fuseki.serverLog.warn("cannot compute the {}: {}", name, e.getMessage(), e);
                future.completeExceptionally(e);
            }
        });
        return future;
    }
}
