package org.scokg.store;

/**
 * How {@link ArticleLoader} loads.
 *
 * @param batchSize   articles per write transaction of an incremental load
 * @param skipInvalid load the other files when some are refused (else a refused file stops the load before anything is written)
 * @param threads     threads extracting articles, beside the one writing them
 * @param compact     compact the database after an incremental load when {@link Compaction#worthwhile} says so
 */
public record LoadOptions(int batchSize, boolean skipInvalid, int threads, boolean compact) {
    public static final int DEFAULT_BATCH = 50;

    public LoadOptions {
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("a batch of " + batchSize + " articles, " + threads + " threads: both must be at least 1");
        }
    }

    /** The defaults of {@code sco load}: batches of 50, every core, strict, compacting when worthwhile. */
    public static LoadOptions defaults() {
        return new LoadOptions(DEFAULT_BATCH, false, Runtime.getRuntime().availableProcessors(), true);
    }

    public LoadOptions withBatchSize(int size) {
        return new LoadOptions(size, skipInvalid, threads, compact);
    }

    public LoadOptions withSkipInvalid(boolean skip) {
        return new LoadOptions(batchSize, skip, threads, compact);
    }

    public LoadOptions withThreads(int count) {
        return new LoadOptions(batchSize, skipInvalid, count, compact);
    }

    public LoadOptions withCompact(boolean enabled) {
        return new LoadOptions(batchSize, skipInvalid, threads, enabled);
    }
}
