package org.scokg.server.ld;

import java.time.Duration;

/** Data a page needs is being computed for the first time and was not ready in the time a request may wait: a 503 with Retry-After. */
public final class StillComputingException extends RuntimeException {
    private final Duration retryAfter;

    StillComputingException(String what, Duration waited) {
        super("the " + what + " is still being computed (the server has just started or the data has just changed); try again in "
                + Math.max(1, waited.toSeconds()) + " s");
        this.retryAfter = waited;
    }

    /** Seconds after which to try again, for the Retry-After header. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
