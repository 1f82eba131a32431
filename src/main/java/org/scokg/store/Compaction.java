package org.scokg.store;

/** What compacting a database did: its size on disk before and after, in bytes. */
public record Compaction(long bytesBefore, long bytesAfter, double seconds) {
    /**
     * How much an incremental load must grow the database, as a share of its size before, for a
     * compaction to follow it.
     */
    static final double WORTHWHILE_GROWTH = 0.5;

    /**
     * Whether to compact after an incremental load of {@code transactions} write transactions that
     * took the database from {@code bytesBefore} to {@code bytesAfter}. Each transaction leaves the
     * B+tree blocks it copied behind, so the waste grows with the load, while compacting costs a
     * rewrite of the whole database: only a load that grew the database by half or more leaves waste
     * worth that rewrite, and then the rewrite costs less than the load did. One transaction leaves
     * next to nothing to gain.
     */
    static boolean worthwhile(long bytesBefore, long bytesAfter, int transactions) {
        return transactions > 1 && bytesAfter - bytesBefore > bytesBefore * WORTHWHILE_GROWTH;
    }

    public String summary() {
        return String.format("compacted: %,d bytes -> %,d bytes (%.2f s)", bytesBefore, bytesAfter, seconds);
    }
}
