package org.scokg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a load did: articles read, files refused, records skipped (not Indonesian, or about no focus
 * organisation) and broken records of web archives and JSON Lines files (each with its reason),
 * triples written, facts by kind, time, and which article graph replaced which.
 */
public final class LoadReport {
    public int read;
    public int written;
    public int unchanged;
    public int replaced;
    public long triples;
    /** Write transactions (batches) the load took; 0 for a database built by the bulk loader. */
    public int transactions;
    /** Whether the database was built anew by the bulk loader rather than written batch by batch. */
    public boolean built;
    /** The compaction run after the load, if any. */
    public Compaction compaction;
    public double seconds;
    public final List<String> refused = new ArrayList<>();
    /** Articles read but out of scope, each with where it is and why: not errors. */
    public final List<String> skipped = new ArrayList<>();
    /** Records of a many-article file that could not be read, each with its position and why; the others were read. */
    public final List<String> broken = new ArrayList<>();
    public final Map<String, Integer> facts = new LinkedHashMap<>();
    /** One line per earlier version a source no longer holds: replaced, or kept for another source. */
    public final List<String> versions = new ArrayList<>();

    /** Counts {@code article} as written. */
    void wrote(PreparedArticle article) {
        written++;
        triples += article.model().size();
        article.extraction().counts().forEach((k, v) -> facts.merge(k, v, Integer::sum));
    }

    /** Adds what reading one file found (articles read, skipped, broken records): files are merged in load order. */
    void addReading(LoadReport file) {
        read += file.read;
        skipped.addAll(file.skipped);
        broken.addAll(file.broken);
    }

    /** {@code source} now holds {@code current}; its {@code earlier} graph was held by nothing else and is gone. */
    void replaced(String earlier, String current, ArticleSource source) {
        replaced++;
        versions.add("replaced " + earlier + " by " + current + " (" + source.description() + " changed)");
    }

    /** {@code source} now holds {@code current}; its {@code earlier} graph stays, as other sources hold the same text. */
    void kept(String earlier, String current, ArticleSource source) {
        versions.add("kept " + earlier + " (the same text came from another file) beside " + current
                + " (" + source.description() + " changed)");
    }

    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("articles read: %d, refused: %d, skipped: %d, broken records: %d, written: %d (unchanged %d, replaced %d)%n",
                read, refused.size(), skipped.size(), broken.size(), written, unchanged, replaced));
        skipped.forEach(s -> b.append("skipped ").append(s).append(System.lineSeparator()));
        broken.forEach(r -> b.append("broken record ").append(r).append(System.lineSeparator()));
        versions.forEach(v -> b.append(v).append(System.lineSeparator()));
        b.append(String.format("triples in article graphs written: %d%n", triples));
        b.append(built ? String.format("database built anew by TDB2's bulk loader%n")
                : String.format("write transactions: %d%n", transactions));
        if (compaction != null) {
            b.append(compaction.summary()).append(System.lineSeparator());
        }
        b.append("facts: ");
        facts.forEach((k, v) -> b.append(k).append('=').append(v).append(' '));
        b.append(String.format("%nseconds: %.2f%n", seconds));
        return b.toString();
    }
}
