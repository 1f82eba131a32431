package org.scokg.bench;

import java.util.Arrays;

/**
 * What one kind of request did under load: how many completed, how many failed (and why the first
 * did), over how long, and the latency of each completed one, from which throughput and percentiles
 * are read.
 */
record Latencies(long[] nanos, int errors, String firstError, long elapsedNanos) {
    Latencies {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    int count() {
        return nanos.length;
    }

    /** Completed requests per second of wall-clock time. */
    double throughput() {
        return elapsedNanos == 0 ? 0 : nanos.length * 1e9 / elapsedNanos;
    }

    /** The latency below which a fraction {@code p} of the requests completed (nearest rank), in milliseconds. */
    double percentileMillis(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * nanos.length);
        return nanos[Math.max(0, rank - 1)] / 1e6;
    }
}
