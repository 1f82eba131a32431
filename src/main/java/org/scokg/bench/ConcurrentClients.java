package org.scokg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one operation from a fixed number of clients at once, each sending its next request as soon as
 * its last is answered, until the time is up; every client completes at least one. A client's
 * requests are numbered, so that each can pick a different resource.
 */
final class ConcurrentClients {
    /** One request and its checks: throws when the answer is not the one expected. */
    interface Operation {
        void run(int client, int iteration) throws Exception;
    }

    private record ClientResult(long[] nanos, int errors, String firstError) {}

    private ConcurrentClients() {}

    static Latencies run(int clients, Duration duration, Operation operation) {
        ExecutorService pool = Executors.newFixedThreadPool(clients, task -> {
            Thread thread = new Thread(task, "sco-kg bench client");
            thread.setDaemon(true);
            return thread;
        });
        try {
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            List<Future<ClientResult>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> client(client, deadline, operation)));
            }
            List<long[]> latencies = new ArrayList<>();
            int errors = 0;
            String firstError = "";
            for (Future<ClientResult> future : futures) {
                ClientResult result = future.get();
                latencies.add(result.nanos());
                errors += result.errors();
                if (firstError.isEmpty()) {
                    firstError = result.firstError();
                }
            }
            long elapsed = System.nanoTime() - start;
            return new Latencies(latencies.stream().flatMapToLong(Arrays::stream).toArray(), errors, firstError, elapsed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The latencies of the requests that succeeded; a failed one is counted, and the first failure kept. */
    private static ClientResult client(int client, long deadline, Operation operation) throws InterruptedException {
        long[] nanos = new long[64];
        int count = 0;
        int errors = 0;
        String firstError = "";
        int iteration = 0;
        do {
            long begin = System.nanoTime();
            try {
                operation.run(client, iteration);
                if (count == nanos.length) {
                    nanos = Arrays.copyOf(nanos, count * 2);
                }
                nanos[count++] = System.nanoTime() - begin;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                if (errors++ == 0) {
                    firstError = e.getMessage() == null ? e.toString() : e.getMessage();
                }
            }
            iteration++;
        } while (System.nanoTime() < deadline);
        return new ClientResult(Arrays.copyOf(nanos, count), errors, firstError);
    }
}
