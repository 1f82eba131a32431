package org.scokg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a load did: articles read and refused (with reasons), triples written, facts by kind, time. */
public final class LoadReport {
    public int read;
    public int written;
    public int unchanged;
    public int replaced;
    public long triples;
    public double seconds;
    public final List<String> refused = new ArrayList<>();
    public final Map<String, Integer> facts = new LinkedHashMap<>();

    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("articles read: %d, refused: %d, written: %d (unchanged %d, replaced %d)%n",
                read, refused.size(), written, unchanged, replaced));
        b.append(String.format("triples in article graphs written: %d%n", triples));
        b.append("facts: ");
        facts.forEach((k, v) -> b.append(k).append('=').append(v).append(' '));
        b.append(String.format("%nseconds: %.2f%n", seconds));
        return b.toString();
    }
}
