package org.scokg.store;

import java.io.PrintStream;

/** Progress of a long operation on stderr, about every two seconds and at the end. */
final class Progress {
    private static final long INTERVAL_NS = 2_000_000_000L;
    private final String what;
    private final int total;
    private final PrintStream log;
    private int done;
    private long last = System.nanoTime();

    Progress(String what, int total, PrintStream log) {
        this.what = what;
        this.total = total;
        this.log = log;
    }

    void step() {
        done++;
        long now = System.nanoTime();
        if (now - last >= INTERVAL_NS || (done == total && total >= 20)) {
            log.printf("%s: %d/%d files%n", what, done, total);
            last = now;
        }
    }
}
