package org.scokg.bench.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** The score of extraction against a gold file: the rows of each competency query, article by article, matched as {@code score.py} matches them. */
public final class GoldScore {
    /** The competency queries of the scoring contract, in the order the shared scorer prints them. */
    public static final List<String> QUERIES = List.of("meetings", "statuses", "participation", "pledges", "proposals", "chairs", "people");

    private final Map<String, CompetencyScore> byQuery = new LinkedHashMap<>();
    private final CompetencyScore total = new CompetencyScore();

    public GoldScore() {
        QUERIES.forEach(q -> byQuery.put(q, new CompetencyScore()));
    }

    /** Adds the score of one article: its gold rows ({@code gold} of the gold file) against the rows each query gave for it. */
    public GoldScore add(JsonObject gold, Map<String, List<Map<String, String>>> rowsByQuery) {
        for (String q : QUERIES) {
            JsonValue goldRows = gold.get(q);
            CompetencyScore score = new CompetencyScore()
                    .match(q, goldRows == null ? new JsonArray() : goldRows.getAsArray(), rowsByQuery.getOrDefault(q, List.of()));
            byQuery.get(q).add(score);
            total.add(score);
        }
        return this;
    }

    public Map<String, CompetencyScore> byQuery() {
        return byQuery;
    }

    public CompetencyScore total() {
        return total;
    }

    /** The report of {@code score.py}: a line per query, then the total. */
    public String report() {
        StringBuilder b = new StringBuilder();
        byQuery.forEach((q, s) -> b.append(String.format(Locale.ROOT, "%-14s %s %s%n", q, s, s.counts())));
        return b.append(total).append('\n').toString();
    }
}
